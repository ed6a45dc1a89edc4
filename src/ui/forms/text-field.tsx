import type { InputHTMLAttributes } from "react";
import { CONTROL_CLASS, FieldFrame } from "./field-frame";

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled input whose hint and errors are announced with it (aria-describedby). */
export function TextField({ name, label, hint, errors, id, ...input }: TextFieldProps) {
  return (
    <FieldFrame inputId={id ?? `field-${name}`} label={label} hint={hint} errors={errors}>
      {(control) => <input name={name} className={CONTROL_CLASS} {...control} {...input} />}
    </FieldFrame>
  );
}
