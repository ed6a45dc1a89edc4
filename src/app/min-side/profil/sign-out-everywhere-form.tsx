"use client";

import { signOutEverywhereAction } from "@/app/min-side/profil/actions";
import { ActionForm } from "@/ui/forms/action-form";

export function SignOutEverywhereForm() {
  return (
    <ActionForm
      action={signOutEverywhereAction}
      submitLabel="Logg ut på alle enheter"
      pendingLabel="Logger ut …"
    >
      {() => null}
    </ActionForm>
  );
}
