import { TextField } from "@/ui/forms/text-field";

/** The fødselsnummer of "Bli kunde" without BankID: asking for the letter, and typing its code. */
export function NationalIdField({
  hint,
  failure,
}: {
  hint: string;
  failure?: { values?: Record<string, string>; fieldErrors: Record<string, string[] | undefined> };
}) {
  return (
    <TextField
      name="nationalId"
      label="Fødselsnummer eller D-nummer"
      hint={hint}
      inputMode="numeric"
      autoComplete="off"
      maxLength={32}
      required
      defaultValue={failure?.values?.nationalId}
      errors={failure?.fieldErrors.nationalId}
    />
  );
}
