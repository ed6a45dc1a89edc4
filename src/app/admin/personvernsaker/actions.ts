"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  CUSTOMER_NUMBER_MAX_LENGTH,
  DETAILS_MAX_LENGTH,
  REASON_MAX_LENGTH,
  REGISTER_EMAIL_MAX_LENGTH,
  ZCarryOutErasure,
  ZErasureFinding,
  ZLiftRestriction,
  ZRectificationResolve,
  ZRegisterCheck,
  ZRegisterPrivacyRequest,
  ZStaffTransition,
} from "@/features/privacy";
import {
  carryOutErasure,
  checkAgainstRegister,
  liftRestriction,
  recordErasureFinding,
  registerPrivacyRequest,
  resolveRectification,
  transitionPrivacyRequest,
} from "@/features/privacy/server";
import { requireStaff } from "@/features/sign-in/routes";
import { formAction } from "@/platform/form-action";

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
    "erasure-not-carried-out":
      "En sletteforespørsel fullføres ved å slette opplysningene, eller ved å registrere hva som ble funnet.",
  },
  // The form that was used may be gone from the changed case: the page itself says what happened.
  done: (_result, input) => saved(input.requestId),
});

const REGISTER_FAILURES = {
  "register-not-found": "Folkeregisteret fant ingen person med kundens fødselsnummer og navn.",
  "register-unavailable": "Folkeregisteret svarer ikke nå. Prøv igjen om litt.",
  "register-no-address":
    "Folkeregisteret har ingen gateadresse vi kan vise (adressen er skjermet eller ikke en vegadresse).",
} as const;

/** Staff ask Folkeregisteret what it says about the field; the answer is shown, nothing is saved. */
export const checkRegisterAction = formAction({
  event: "privacy-case.register-check",
  guard: () => requireStaff(),
  schema: ZRegisterCheck,
  run: (input, staff) => checkAgainstRegister({ userId: staff.userId, role: staff.role }, input.requestId),
  failures: {
    "not-found": "Saken finnes ikke.",
    closed: "Saken er allerede avsluttet.",
    "not-rectification": "Saken gjelder ikke navn eller adresse.",
    "no-customer": "Den som spurte, er ikke kunde: det er ingenting å slå opp.",
    ...REGISTER_FAILURES,
  },
  done: (result) => ({ ok: true, message: "Folkeregisteret har svart.", registered: result.registered }),
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
    "register-differs":
      "Dette er ikke det Folkeregisteret sier nå. Rett til det Folkeregisteret sier, eller rett slik kunden ba om.",
    ...REGISTER_FAILURES,
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

/** A request that came by email, phone or letter (P28), registered with the day it was received. */
export const registerRequestAction = formAction({
  event: "privacy-case.register",
  guard: () => requireStaff(),
  schema: ZRegisterPrivacyRequest,
  echo: {
    type: 40,
    receivedOn: 10,
    email: REGISTER_EMAIL_MAX_LENGTH,
    requester: 10,
    customerNumber: CUSTOMER_NUMBER_MAX_LENGTH,
    identityVerification: 40,
    details: DETAILS_MAX_LENGTH,
  },
  run: (input, staff) => registerPrivacyRequest({ userId: staff.userId, role: staff.role }, input),
  failures: {
    "received-in-future": {
      field: "receivedOn",
      message: "Datoen kan ikke være etter i dag.",
      formError: "Forespørselen ble ikke registrert.",
    },
    "no-such-customer": {
      field: "customerNumber",
      message: "Ingen kunde har dette kundenummeret. Finn kunden med søket, eller velg «Ikke kunde».",
      formError: "Forespørselen ble ikke registrert.",
    },
    "customer-erased": {
      field: "customerNumber",
      message: "Kunden er allerede slettet. Registrer forespørselen som «Ikke kunde».",
      formError: "Forespørselen ble ikke registrert.",
    },
    "already-open":
      "Kunden har allerede en åpen forespørsel av denne typen. Arbeid videre med den i listen over personvernsaker.",
  },
  done: (result) => saved(result.requestId),
});

const RETENTION_RUNNING =
  "Den daglige slettejobben kjører akkurat nå. Ingenting ble slettet; prøv igjen om noen minutter.";

export const carryOutErasureAction = formAction({
  event: "privacy-case.erase",
  guard: () => requireStaff(),
  schema: ZCarryOutErasure,
  run: (input, staff) => carryOutErasure({ userId: staff.userId, role: staff.role }, input),
  failures: {
    "not-found": "Saken finnes ikke.",
    closed: "Saken er allerede avsluttet.",
    "not-erasure": "Saken gjelder ikke sletting.",
    "no-customer": "Den som spurte, er ikke kunde. Registrer hva du fant, i stedet.",
    "not-a-customer-request": "Saken gjelder en kunde.",
    "identity-not-verified":
      "Vi vet ikke hvordan identiteten ble bekreftet. Avvis saken og registrer den på nytt når identiteten er bekreftet.",
    "active-contract":
      "Kunden har en aktiv avtale. Avtalen må avsluttes før vi kan slette opplysningene; til da trenger vi dem for å levere strøm og fakturere.",
    "retention-running": RETENTION_RUNNING,
  },
  done: (_result, input) => saved(input.requestId),
});

export const recordErasureFindingAction = formAction({
  event: "privacy-case.erasure-finding",
  guard: () => requireStaff(),
  schema: ZErasureFinding,
  echo: { note: REASON_MAX_LENGTH },
  run: (input, staff) => recordErasureFinding({ userId: staff.userId, role: staff.role }, input),
  failures: {
    "not-found": "Saken finnes ikke.",
    closed: "Saken er allerede avsluttet.",
    "not-erasure": "Saken gjelder ikke sletting.",
    "no-customer": "Den som spurte, er ikke kunde.",
    "not-a-customer-request": "Saken gjelder en kunde: slett med knappen «Slett kundens opplysninger».",
    "identity-not-verified": "Identiteten er ikke bekreftet.",
    "active-contract": "Kunden har en aktiv avtale.",
    "retention-running": RETENTION_RUNNING,
  },
  done: (_result, input) => saved(input.requestId),
});
