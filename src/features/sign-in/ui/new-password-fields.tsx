import { TextField } from "@/ui/forms/text-field";
import { NEW_PASSWORD_HINT, PASSWORD_MAX_LENGTH } from "../domain/credentials";

/** "Nytt passord" + "Gjenta nytt passord", with the password rules as a hint, for every form that sets one. */
export function NewPasswordFields({
  name,
  errors,
  repeatErrors,
}: {
  name: string;
  errors?: string[];
  repeatErrors?: string[];
}) {
  return (
    <>
      <TextField
        name={name}
        label="Nytt passord"
        hint={NEW_PASSWORD_HINT}
        type="password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        errors={errors}
      />
      <TextField
        name="repeatPassword"
        label="Gjenta nytt passord"
        type="password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        errors={repeatErrors}
      />
    </>
  );
}
