import type { TextareaHTMLAttributes } from "react";

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled multi-line input whose hint and errors are announced with it, as TextField does. */
export function TextAreaField({ name, label, hint, errors, id, ...textarea }: TextAreaFieldProps) {
  const inputId = id ?? `field-${name}`;
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
      <textarea
        id={inputId}
        name={name}
        rows={4}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="rounded-md border border-slate-500 px-3 py-2 text-base aria-invalid:border-red-700 aria-invalid:border-2"
        {...textarea}
      />
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}
