"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  REASON_MAX_LENGTH,
  ZLiftRestriction,
  ZRectificationResolve,
  ZStaffTransition,
} from "@/domain/privacy/requests";
import { requireStaff } from "@/server/auth/guards";
import { formAction } from "@/server/form-action";
import { liftRestriction, resolveRectification } from "@/server/services/privacy/cases";
import { transitionPrivacyRequest } from "@/server/services/privacy/requests";

const QUEUE = "/admin/personvernsaker";
const NOT_SAVED = "Saken ble ikke endret.";

function saved(requestId: string): never {
  revalidatePath(QUEUE);
  redirect(`${QUEUE}/${requestId}?lagret=1`);
}

export const transitionCaseAction = formAction({
  event: "privacy-case.transition",
  guard: () => requireStaff(),
  schema: ZStaffTransition,
  echo: { reason: REASON_MAX_LENGTH },
  run: (input, staff) => transitionPrivacyRequest({ userId: staff.userId, role: staff.role }, input),
  failures: {
    "not-found": "Saken finnes ikke.",
    closed: "Saken er allerede avsluttet.",
    "not-received": "Saken er allerede under behandling.",
    "already-extended": {
      field: "reason",
      message: "Fristen er allerede forlenget én gang.",
      formError: NOT_SAVED,
    },
    "extension-too-late": {
      field: "reason",
      message: "Fristen kan bare forlenges innen den første måneden, og den er passert.",
      formError: NOT_SAVED,
    },
  },
  // The form that was used may be gone from the changed case: the page itself says what happened.
  done: (_result, input) => saved(input.requestId),
});

export const resolveRectificationAction = formAction({
  event: "privacy-case.rectify",
  guard: () => requireStaff(),
  schema: ZRectificationResolve,
  echo: { reason: REASON_MAX_LENGTH, firstName: 100, lastName: 100, street: 200, postalCode: 4, city: 100 },
  run: (input, staff) => resolveRectification({ userId: staff.userId, role: staff.role }, input),
  failures: {
    "not-found": "Saken finnes ikke.",
    closed: "Saken er allerede avsluttet.",
    "not-rectification": "Saken gjelder ikke denne opplysningen.",
    "no-customer": "Den som spurte, er ikke kunde: det er ingenting å rette.",
  },
  done: (_result, input) => saved(input.requestId),
});

export const liftRestrictionAction = formAction({
  event: "privacy-case.lift-restriction",
  guard: () => requireStaff(),
  schema: ZLiftRestriction,
  echo: { reason: REASON_MAX_LENGTH },
  run: (input, staff) => liftRestriction({ userId: staff.userId, role: staff.role }, input),
  failures: {
    "not-found": "Saken finnes ikke.",
    "not-restriction": "Saken gjelder ikke en begrensning.",
    "not-restricted": "Behandlingen er ikke begrenset lenger.",
  },
  done: (_result, input) => saved(input.requestId),
});
