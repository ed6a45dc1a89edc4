import type { ReactNode } from "react";

/** One choice of a radio group as a bordered card: the label, and details read with it. */
export function RadioCard({
  name,
  value,
  label,
  defaultChecked,
  children,
}: {
  name: string;
  value: string;
  label: string;
  defaultChecked: boolean;
  children: ReactNode;
}) {
  const id = `${name}-${value}`;
  return (
    <div className="flex gap-3 rounded-md border border-slate-300 p-3">
      <input
        id={id}
        type="radio"
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        aria-describedby={`${id}-details`}
        className="mt-1 size-5 shrink-0"
      />
      <div>
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <div id={`${id}-details`} className="text-sm text-slate-700">
          {children}
        </div>
      </div>
    </div>
  );
}
