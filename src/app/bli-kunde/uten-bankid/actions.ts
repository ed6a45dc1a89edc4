"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { LETTER_CONSENT_FIELDS, LETTER_REQUEST_ANSWER, ZLetterRequest } from "@/features/onboarding";
import { requestActivationLetter } from "@/features/onboarding/server";
import { clientIpFrom } from "@/features/sign-in/server";
import { formAction, publicAccess } from "@/platform/form-action";
import { logError } from "@/platform/log";

const consentEcho = Object.fromEntries(LETTER_CONSENT_FIELDS.map(([field]) => [field, 2]));

export const requestLetterAction = formAction({
  event: "activation-letter.request",
  guard: publicAccess,
  schema: ZLetterRequest,
  echo: { nationalId: 32, ...consentEcho },
  run: async (input) => {
    const ip = clientIpFrom(await headers());
    // After the response: the throttles, the database and the queue take the same time whoever the
    // number belongs to, and nobody waits for them. The look-up and the letter are a job's.
    after(() =>
      requestActivationLetter({ nationalId: input.nationalId, ip }).catch((error: unknown) =>
        logError("activation-letter.request", error),
      ),
    );
    return { ok: true as const };
  },
  failures: {},
  done: () => ({ ok: true, message: LETTER_REQUEST_ANSWER }),
});
