import { durationText } from "@/features/sign-in";
import { TextField } from "@/ui/forms/text-field";
import {
  EMAIL_CODE_DIGITS,
  EMAIL_CODE_INPUT_MAX_LENGTH,
  EMAIL_CODE_VALID_MINUTES,
} from "../domain/email-code";

/**
 * The field for a code we mailed (name "code", parsed with ZEmailCode). One input for all six
 * digits, so pasting works; a numeric keyboard on phones, and autocomplete="one-time-code" lets a
 * phone offer the code from the mail. `sentTo` names the address in the hint.
 */
export function EmailCodeField({
  id,
  sentTo,
  label = "Kode fra e-posten",
  errors,
}: {
  id?: string;
  sentTo?: string;
  label?: string;
  errors?: string[];
}) {
  const where = sentTo ? `til ${sentTo}` : "på e-post";
  return (
    <TextField
      name="code"
      id={id}
      label={label}
      hint={`Vi har sendt deg en kode på ${EMAIL_CODE_DIGITS} siffer ${where}. Den gjelder i ${durationText(EMAIL_CODE_VALID_MINUTES)}.`}
      inputMode="numeric"
      autoComplete="one-time-code"
      autoCapitalize="none"
      spellCheck={false}
      required
      maxLength={EMAIL_CODE_INPUT_MAX_LENGTH}
      errors={errors}
    />
  );
}
