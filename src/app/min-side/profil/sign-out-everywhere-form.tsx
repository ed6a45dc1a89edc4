"use client";

import { ActionForm } from "@/components/forms/action-form";
import { signOutEverywhereAction } from "./actions";

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
