import "server-only";
// Where a person lands when BankID did not get them where they were going: the page they started
// from, with a code (src/features/sign-in/domain/bankid-messages.ts) that the page words.
import type { BankIdRejection } from "../domain/bankid-messages";
import { STEP_UP_PAGE } from "../domain/step-up";
import type { BankIdPurpose } from "./bankid-intent";

export type { BankIdRejection };

export function bankIdErrorPath(
  purpose: BankIdPurpose | null,
  reason: BankIdRejection,
  returnTo?: string,
): string {
  const code = new URLSearchParams({ bankid: reason });
  switch (purpose) {
    case "onboarding":
      return `/bli-kunde?${code}`;
    case "step-up":
      return `${STEP_UP_PAGE}?${new URLSearchParams({ tilbake: returnTo ?? "/min-side", bankid: reason })}`;
    default:
      return `/logg-inn?${code}`;
  }
}
