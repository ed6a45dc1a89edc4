import type { ReactNode } from "react";

const TONES = {
  brand: "bg-brand-100 text-brand-900 ring-brand-300",
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  success: "bg-green-50 text-green-900 ring-green-300",
  warning: "bg-amber-50 text-amber-900 ring-amber-300",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: BadgeTone }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
