import type { ReactNode } from "react";

/** What a control inside FieldFrame spreads onto itself, so its hint and errors are announced with it. */
export interface FieldControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/** The label, hint and error lines around one form control (TextField, TextArea). */
export function FieldFrame({
  inputId,
  label,
  hint,
  errors,
  children,
}: {
  inputId: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (control: FieldControlProps) => ReactNode;
}) {
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children({
        id: inputId,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}

export const CONTROL_CLASS =
  "rounded-md border border-slate-500 px-3 py-2 text-base aria-invalid:border-red-700 aria-invalid:border-2";

export const SELECT_CLASS = "rounded-md border border-slate-500 bg-white px-3 py-2 text-base";
