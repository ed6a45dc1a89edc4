"use server";

import { revalidatePath } from "next/cache";
import { ZSecondFactorReset } from "@/features/second-factor";
import { resetSecondFactor } from "@/features/second-factor/server";
import { EMAIL_MAX_LENGTH } from "@/features/sign-in";
import { requireStaff } from "@/features/sign-in/routes";
import { DISPLAY_NAME_MAX_LENGTH, ZStaffCreate, ZStaffTarget } from "@/features/staff";
import { createStaff, deactivateStaff, reactivateStaff } from "@/features/staff/server";
import { formAction } from "@/platform/form-action";

const NOT_RESET = "Ingenting ble nullstilt.";

export const resetSecondFactorAction = formAction({
  event: "second-factor.reset",
  guard: () => requireStaff("ADMIN"),
  schema: ZSecondFactorReset,
  echo: { email: EMAIL_MAX_LENGTH },
  run: (input, admin) => resetSecondFactor(admin, input.email),
  failures: {
    "no-account": {
      field: "email",
      message: "Fant ingen bruker med denne e-postadressen.",
      formError: NOT_RESET,
    },
    "own-account": {
      field: "email",
      message: "Du kan ikke nullstille din egen totrinnsinnlogging. Be en annen administrator om det.",
      formError: NOT_RESET,
    },
    "not-set-up": {
      field: "email",
      message: "Denne brukeren har ikke satt opp totrinnsinnlogging.",
      formError: NOT_RESET,
    },
  },
  done: ({ sessionsRevoked }, input) => {
    revalidatePath("/admin/ansatte");
    return {
      ok: true,
      message: `Totrinnsinnloggingen til ${input.email} er nullstilt, og ${sessionsText(sessionsRevoked)} er logget ut. Ansatte setter opp appen på nytt neste gang de logger inn.`,
    };
  },
});

function sessionsText(count: number): string {
  return count === 1 ? "1 innlogget økt" : `${count} innloggede økter`;
}

export const createStaffAction = formAction({
  event: "staff.create",
  guard: () => requireStaff("ADMIN"),
  schema: ZStaffCreate,
  echo: { email: EMAIL_MAX_LENGTH, displayName: DISPLAY_NAME_MAX_LENGTH, role: 10 },
  run: (input, admin) => createStaff(admin, input),
  failures: {
    "email-taken": {
      field: "email",
      message: "Det finnes allerede en bruker med denne e-postadressen.",
      formError: "Den ansatte ble ikke lagt til.",
    },
  },
  done: (_result, input) => {
    revalidatePath("/admin/ansatte");
    return {
      ok: true,
      message: `${input.displayName} er lagt til og har fått en e-post med lenke for å lage passord. Totrinnsinnlogging settes opp ved første innlogging.`,
    };
  },
});

export const deactivateStaffAction = formAction({
  event: "staff.deactivate",
  guard: () => requireStaff("ADMIN"),
  schema: ZStaffTarget,
  run: (input, admin) => deactivateStaff(admin, input.userId),
  failures: {
    "no-account": "Fant ikke denne ansatte.",
    "own-account": "Du kan ikke deaktivere din egen konto. Be en annen administrator om det.",
    "already-deactivated": "Den ansatte er allerede deaktivert.",
    "last-admin": "Du kan ikke deaktivere den siste aktive administratoren.",
  },
  done: ({ sessionsRevoked }) => {
    revalidatePath("/admin/ansatte");
    return { ok: true, message: `Deaktivert, og ${sessionsText(sessionsRevoked)} er logget ut.` };
  },
});

export const reactivateStaffAction = formAction({
  event: "staff.reactivate",
  guard: () => requireStaff("ADMIN"),
  schema: ZStaffTarget,
  run: (input, admin) => reactivateStaff(admin, input.userId),
  failures: {
    "no-account": "Fant ikke denne ansatte.",
    "not-deactivated": "Den ansatte er allerede aktiv.",
  },
  done: () => {
    revalidatePath("/admin/ansatte");
    return { ok: true, message: "Aktivert. Den ansatte kan logge inn igjen." };
  },
});
