"use client";

import { createStaffAction, deactivateStaffAction, reactivateStaffAction } from "@/app/admin/ansatte/actions";
import { EMAIL_MAX_LENGTH } from "@/features/sign-in";
import { DISPLAY_NAME_MAX_LENGTH, STAFF_ROLES } from "@/features/staff";
import { ROLE_LABELS } from "@/platform/format/labels";
import { ActionForm } from "@/ui/forms/action-form";
import { FieldFrame, SELECT_CLASS } from "@/ui/forms/field-frame";
import { TextField } from "@/ui/forms/text-field";

/** "Legg til ansatt": the new colleague gets a set-password link by mail. */
export function CreateStaffForm() {
  return (
    <ActionForm action={createStaffAction} submitLabel="Legg til ansatt" pendingLabel="Legger til …">
      {(failure) => (
        <div className="flex max-w-md flex-col gap-5">
          <TextField
            id="ny-ansatt-epost"
            name="email"
            label="E-post"
            type="email"
            autoComplete="off"
            maxLength={EMAIL_MAX_LENGTH}
            hint="Jobbadressen den ansatte skal logge inn med."
            defaultValue={failure?.values?.email}
            errors={failure?.fieldErrors.email}
          />
          <TextField
            id="ny-ansatt-navn"
            name="displayName"
            label="Navn"
            autoComplete="off"
            maxLength={DISPLAY_NAME_MAX_LENGTH}
            defaultValue={failure?.values?.displayName}
            errors={failure?.fieldErrors.displayName}
          />
          <RoleField defaultValue={failure?.values?.role} errors={failure?.fieldErrors.role} />
        </div>
      )}
    </ActionForm>
  );
}

function RoleField({ defaultValue, errors }: { defaultValue?: string; errors?: string[] }) {
  return (
    <FieldFrame inputId="ny-ansatt-rolle" label="Rolle" errors={errors}>
      {(control) => (
        <select name="role" defaultValue={defaultValue ?? "SUPPORT"} className={SELECT_CLASS} {...control}>
          {STAFF_ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** "Deaktiver" or "Aktiver" for one row of the staff table. */
export function StaffStatusForm({ userId, deactivated }: { userId: string; deactivated: boolean }) {
  return (
    <ActionForm
      action={deactivated ? reactivateStaffAction : deactivateStaffAction}
      submitLabel={deactivated ? "Aktiver" : "Deaktiver"}
      pendingLabel={deactivated ? "Aktiverer …" : "Deaktiverer …"}
    >
      {() => <input type="hidden" name="userId" value={userId} />}
    </ActionForm>
  );
}
