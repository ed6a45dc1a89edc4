import { FieldFrame, SELECT_CLASS } from "@/ui/forms/field-frame";
import { ACCESS_REASONS, type AccessReason } from "../domain/customer-search";

/** "Hvorfor?": the reason every search, view and reveal is audited with. */
export function AccessReasonField({
  id,
  name = "reason",
  defaultValue,
  errors,
}: {
  id: string;
  /** "reason" in server-action forms; "grunn" in the customer page's GET form. */
  name?: string;
  defaultValue?: string;
  errors?: string[];
}) {
  return (
    <FieldFrame inputId={id} label="Hvorfor trenger du opplysningene?" errors={errors}>
      {(control) => (
        <select name={name} defaultValue={defaultValue ?? ""} className={SELECT_CLASS} {...control}>
          <option value="" disabled>
            Velg grunn
          </option>
          {(Object.entries(ACCESS_REASONS) as [AccessReason, string][]).map(([reason, label]) => (
            <option key={reason} value={reason}>
              {label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
