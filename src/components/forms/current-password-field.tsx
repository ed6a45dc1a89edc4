import { PASSWORD_MAX_LENGTH } from "@/domain/credentials";
import { TextField } from "./text-field";

/** The password the user signs in with today: offered by password managers, never spell-checked. */
export function CurrentPasswordField({
  name,
  label,
  hint,
  errors,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
}) {
  return (
    <TextField
      name={name}
      label={label}
      hint={hint}
      type="password"
      autoComplete="current-password"
      required
      maxLength={PASSWORD_MAX_LENGTH}
      errors={errors}
    />
  );
}
