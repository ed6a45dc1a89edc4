import { TextField } from "@/ui/forms/text-field";
import { CODE_INPUT_MAX_LENGTH } from "../domain/second-factor";

/**
 * The field for a code from the authenticator app (and, unless `appOnly`, a recovery code). Phones
 * offer a code they received with autocomplete="one-time-code"; a numeric keyboard only when no
 * recovery code, which has letters, can be typed.
 */
export function SecondFactorCodeField({
  label,
  hint,
  appOnly = false,
  errors,
}: {
  label: string;
  hint: string;
  appOnly?: boolean;
  errors?: string[];
}) {
  return (
    <TextField
      name="code"
      label={label}
      hint={hint}
      autoComplete="one-time-code"
      inputMode={appOnly ? "numeric" : "text"}
      autoCapitalize="none"
      spellCheck={false}
      required
      maxLength={CODE_INPUT_MAX_LENGTH}
      errors={errors}
    />
  );
}
