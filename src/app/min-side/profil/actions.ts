"use server";

import { ZPasswordChange } from "@/domain/credentials";
import { type FormState, failed, formValues, invalid } from "@/lib/form-state";
import { signOut } from "@/server/auth/config";
import { requireCustomer } from "@/server/auth/guards";
import { changePassword } from "@/server/services/password-change";

const PROFILE_PATH = "/min-side/profil";

export async function changeOwnPassword(_previous: FormState, form: FormData): Promise<FormState> {
  const session = await requireCustomer(PROFILE_PATH);
  const parsed = ZPasswordChange.safeParse(formValues(form));
  if (!parsed.success) {
    return invalid(parsed.error);
  }
  const result = await changePassword(session.userId, {
    currentPassword: parsed.data.currentPassword,
    newPassword: parsed.data.newPassword,
  });
  if (!result.ok) {
    switch (result.reason) {
      case "wrong-current-password":
        return {
          ok: false,
          fieldErrors: { currentPassword: ["Passordet stemmer ikke. Skriv passordet du logger inn med nå."] },
          formError: "Passordet ble ikke endret.",
        };
      case "same-as-current":
        return {
          ok: false,
          fieldErrors: { newPassword: ["Det nye passordet må være forskjellig fra det du har nå."] },
          formError: "Passordet ble ikke endret.",
        };
      case "too-many-attempts":
        return failed("Passordet ble ikke endret: for mange forsøk. Vent et kvarter og prøv igjen.");
    }
  }
  // Every session of the user is gone, this one included: clear the cookie and ask for a new login.
  return signOut({
    redirectTo: `/logg-inn?${new URLSearchParams({ melding: "passord-endret", tilbake: PROFILE_PATH })}`,
  });
}
