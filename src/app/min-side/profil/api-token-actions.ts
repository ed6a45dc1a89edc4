"use server";

import { revalidatePath } from "next/cache";
import {
  API_SCOPES,
  API_TOKEN_NAME_MAX_LENGTH,
  MAX_ACTIVE_API_TOKENS,
  scopeField,
  ZApiTokenCreate,
  ZApiTokenRevoke,
} from "@/features/api-tokens";
import { createApiToken, revokeApiToken } from "@/features/api-tokens/server";
import { stepUpRefusal } from "@/features/sign-in";
import { requireCustomer } from "@/features/sign-in/routes";
import { withFreshStrongAuth } from "@/features/sign-in/server";
import { formAction } from "@/platform/form-action";

const PROFILE_PATH = "/min-side/profil";

/** What the form shows once, in its own place: the token itself is never shown again. */
export interface CreatedToken {
  token: string;
  name: string;
  expiresAt: Date;
}

export const createApiTokenAction = formAction({
  event: "api-token.create",
  guard: () => requireCustomer(PROFILE_PATH),
  schema: ZApiTokenCreate,
  echo: {
    name: API_TOKEN_NAME_MAX_LENGTH,
    lifetimeDays: 3,
    ...Object.fromEntries(API_SCOPES.map((scope) => [scopeField(scope), 2])),
  },
  // A token reads the customer's data from anywhere until it expires: as strong an act as downloading it.
  run: (input, session) =>
    withFreshStrongAuth(session, () =>
      createApiToken({ userId: session.userId, customerId: session.customerId }, input),
    ),
  failures: {
    "step-up-needed": stepUpRefusal("lager en API-nøkkel"),
    "too-many": `Du har allerede ${MAX_ACTIVE_API_TOKENS} aktive API-nøkler. Trekk tilbake en du ikke bruker, og prøv igjen.`,
  },
  done: ({ token, expiresAt }, input) => {
    revalidatePath(PROFILE_PATH);
    return { ok: true, token, name: input.name, expiresAt };
  },
});

export const revokeApiTokenAction = formAction({
  event: "api-token.revoke",
  guard: () => requireCustomer(PROFILE_PATH),
  schema: ZApiTokenRevoke,
  // Taking access away needs no fresh proof: it can only make the account safer.
  run: (input, session) =>
    revokeApiToken({ userId: session.userId, customerId: session.customerId }, input.tokenId),
  failures: {
    "not-found": "Vi fant ikke API-nøkkelen. Last siden på nytt.",
    "already-revoked": "API-nøkkelen er allerede trukket tilbake.",
  },
  done: () => {
    revalidatePath(PROFILE_PATH);
    return { ok: true, message: "API-nøkkelen er trukket tilbake. Den virker ikke lenger." };
  },
});
