import type { TextareaHTMLAttributes } from "react";
import { CONTROL_CLASS, FieldFrame } from "./field-frame";

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled multi-line field whose hint and errors are announced with it, like TextField. */
export function TextArea({ name, label, hint, errors, id, rows = 6, ...textarea }: TextAreaProps) {
  return (
    <FieldFrame inputId={id ?? `field-${name}`} label={label} hint={hint} errors={errors}>
      {(control) => <textarea name={name} rows={rows} className={CONTROL_CLASS} {...control} {...textarea} />}
    </FieldFrame>
  );
}
