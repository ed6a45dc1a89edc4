"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import {
  APPLICANT_STATEMENT_MAX_LENGTH,
  START_DATE_MAX_DAYS,
  START_DATE_MIN_DAYS,
  ZMeteringPointChoice,
  ZMeterSearch,
  ZReviewRequest,
  ZSupplyStart,
} from "@/features/onboarding";
import {
  chooseMeteringPoint,
  clearResumeToken,
  completeApplication,
  discardApplication,
  requestHumanReview,
  requireApplication,
  resumeFromReviewLink,
  retryIdentity,
  runCreditCheck,
  searchMeteringPoint,
  setResumeToken,
} from "@/features/onboarding/server";
import { signIn } from "@/features/sign-in/routes";
import { ZOnboardingAccount } from "@/features/sign-in/server";
import { formAction, publicAccess } from "@/platform/form-action";

const FLOW = "/bli-kunde";
const ALREADY_CUSTOMER = `${FLOW}?melding=allerede-kunde`;
const ZNothing = z.object({});

/**
 * Every step stores its result on the application and shows the flow again: the page renders what
 * the application now says (the next step, or a friendly message with a retry from lastError).
 */
const showFlow = () => redirect(FLOW);
const always = async (step: Promise<unknown>) => {
  await step;
  return { ok: true as const };
};

/** A step that is one button: it runs, stores its outcome on the application, and shows the flow. */
function buttonStep(event: string, step: (applicationId: string) => Promise<unknown>) {
  return formAction({
    event,
    guard: requireApplication,
    schema: ZNothing,
    run: (_, app) => always(step(app.id)),
    failures: {},
    done: showFlow,
  });
}

export const retryIdentityAction = buttonStep("onboarding.retry-identity", retryIdentity);

export const searchAgainAction = buttonStep("onboarding.search-metering-point", (id) =>
  searchMeteringPoint(id, {}),
);

export const searchByMeterAction = formAction({
  event: "onboarding.search-meter-number",
  guard: requireApplication,
  schema: ZMeterSearch,
  echo: { meterNumber: 30 },
  run: (input, app) => always(searchMeteringPoint(app.id, { meterNumber: input.meterNumber })),
  failures: {},
  done: showFlow,
});

export const chooseMeteringPointAction = formAction({
  event: "onboarding.choose-metering-point",
  guard: requireApplication,
  schema: ZMeteringPointChoice,
  run: (input, app) => chooseMeteringPoint(app.id, input.gsrn),
  failures: {
    stale: { redirectTo: FLOW },
    "unknown-metering-point": {
      field: "gsrn",
      message: "Velg et av målepunktene i listen.",
      formError: "Ingen målepunkt ble valgt.",
    },
  },
  done: showFlow,
});

export const creditCheckAction = buttonStep("onboarding.credit-check", runCreditCheck);

export const requestReviewAction = formAction({
  event: "onboarding.request-review",
  guard: requireApplication,
  schema: ZReviewRequest,
  echo: { statement: APPLICANT_STATEMENT_MAX_LENGTH },
  run: (input, app) => always(requestHumanReview(app.id, input)),
  failures: {},
  done: showFlow,
});

export const completeAction = formAction({
  event: "onboarding.complete",
  guard: requireApplication,
  schema: ZOnboardingAccount.and(ZSupplyStart),
  echo: { product: 10, startDate: 10, supplyStart: 20 },
  run: async (input, app) => {
    const result = await completeApplication(app.id, input);
    if (!result.ok) return result;
    await clearResumeToken();
    // Signed in with the password just chosen: the normal sign-in (session row, audit) lands on Min side.
    await signIn("credentials", { email: result.email, password: input.password, redirectTo: "/min-side" });
    return { ok: true as const };
  },
  failures: {
    stale: { redirectTo: FLOW },
    "already-customer": { redirectTo: ALREADY_CUSTOMER },
    "email-taken":
      "E-postadressen i søknaden har allerede en konto hos oss. Logg inn med den, eller start på nytt med en annen e-postadresse.",
    "metering-point-taken":
      "Målepunktet er allerede knyttet til en annen kunde hos oss. Ta kontakt med kundeservice.",
    "start-date": {
      field: "startDate",
      message: `Velg en dato fra og med ${START_DATE_MIN_DAYS} dager fram i tid og høyst ${START_DATE_MAX_DAYS} dager fram.`,
      formError: "Avtalen ble ikke inngått.",
    },
    "start-within-withdrawal-period": {
      field: "startDate",
      message:
        "Datoen er innenfor angrefristen på 14 dager. Velg en dato etter fristen, eller be om at leveringen starter før fristen er ute.",
      formError: "Avtalen ble ikke inngått.",
    },
  },
  done: showFlow,
});

export const startOverAction = formAction({
  event: "onboarding.discard",
  guard: requireApplication,
  schema: ZNothing,
  run: async (_, app) => {
    await discardApplication(app.id);
    await clearResumeToken();
    return { ok: true as const };
  },
  failures: {},
  done: showFlow,
});

export const resumeFromReviewAction = formAction({
  event: "onboarding.resume-from-review",
  guard: publicAccess,
  schema: z.object({ token: z.string().max(100) }),
  run: async (input) => {
    const result = await resumeFromReviewLink(input.token);
    if (result.ok) await setResumeToken(result.resumeToken);
    return result;
  },
  failures: { stale: { redirectTo: FLOW } },
  done: showFlow,
});
