import Link from "next/link";
import type { ComponentProps } from "react";

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 border border-brand-700 hover:border-brand-800",
  secondary: "bg-white text-brand-800 border border-brand-700 hover:bg-brand-50",
  quiet: "bg-transparent text-white border border-white/70 hover:bg-white/10",
} as const;

/** A link that looks like a button: navigation stays a link for assistive technology. */
export function ButtonLink({
  variant = "primary",
  size = "md",
  className = "",
  ...link
}: ComponentProps<typeof Link> & { variant?: keyof typeof VARIANTS; size?: "sm" | "md" }) {
  const sizing = size === "sm" ? "px-3 py-1.5 text-sm" : "px-5 py-2.5 text-base";
  return (
    <Link
      className={`inline-flex items-center justify-center rounded-md font-semibold no-underline transition-colors ${sizing} ${VARIANTS[variant]} ${className}`}
      {...link}
    />
  );
}
