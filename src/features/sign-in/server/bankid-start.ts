import "server-only";
// Sends this browser to BankID for a purpose, remembering it (bankid-intent.ts). When the provider
// cannot be reached (its discovery document or keys), the caller gets "unavailable" and the person's
// place in the flow is untouched: nothing was started that a retry could not start again.
import { redirect } from "next/navigation";
import { withReturnPath } from "@/features/second-factor";
import { BANKID_PROVIDER_ID } from "@/platform/bankid/claims";
import { logWarning } from "@/platform/log";
import { safeReturnPath } from "../domain/credentials";
import { type BankIdPurpose, rememberBankIdIntent } from "./bankid-intent";
import { AUTH_ERROR_PAGE, signIn } from "./config";

export async function goToBankId(intent: {
  purpose: BankIdPurpose;
  returnTo?: string;
  consentedAt?: Date;
}): Promise<{ ok: false; reason: "unavailable" }> {
  await rememberBankIdIntent(intent);
  let url: string;
  try {
    url = await signIn(BANKID_PROVIDER_ID, { redirect: false, redirectTo: landingAfterSignIn(intent) });
  } catch {
    url = AUTH_ERROR_PAGE;
  }
  if (new URL(url, "http://local").pathname === AUTH_ERROR_PAGE) {
    logWarning("bankid.unavailable", "BankID's discovery document or authorization URL could not be had");
    return { ok: false, reason: "unavailable" };
  }
  redirect(url);
}

/**
 * Where Auth.js sends the browser once a session is made: /logg-inn routes a signed-in user on (by
 * role, return path, second factor), and /bli-kunde sends an existing customer to Min side. The other
 * outcomes go where the callback's decision says.
 */
function landingAfterSignIn(intent: { purpose: BankIdPurpose; returnTo?: string }): string {
  if (intent.purpose === "onboarding") return "/bli-kunde";
  return withReturnPath("/logg-inn", safeReturnPath(intent.returnTo));
}
