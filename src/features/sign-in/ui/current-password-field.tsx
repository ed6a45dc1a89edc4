import { TextField } from "@/ui/forms/text-field";
import { PASSWORD_MAX_LENGTH } from "../domain/credentials";

/** The password the user signs in with today: offered by password managers, never spell-checked. */
export function CurrentPasswordField({
  name,
  id,
  label,
  hint,
  errors,
}: {
  name: string;
  /** Needed when a page has more than one form asking for the password. */
  id?: string;
  label: string;
  hint?: string;
  errors?: string[];
}) {
  return (
    <TextField
      name={name}
      id={id}
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
