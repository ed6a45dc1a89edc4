import { TextField } from "@/ui/forms/text-field";
import { EMAIL_MAX_LENGTH } from "../domain/credentials";

/** The login name: offered by password managers as the username, never spell-checked or auto-capitalised. */
export function LoginEmailField({
  hint,
  defaultValue,
  errors,
}: {
  hint?: string;
  defaultValue?: string;
  errors?: string[];
}) {
  return (
    <TextField
      name="email"
      label="E-post"
      hint={hint}
      type="email"
      autoComplete="username"
      inputMode="email"
      spellCheck={false}
      required
      maxLength={EMAIL_MAX_LENGTH}
      defaultValue={defaultValue}
      errors={errors}
    />
  );
}
