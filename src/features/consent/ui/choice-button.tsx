import type { ReactNode } from "react";
import type { TConsentPost } from "../domain/consent-choice";
import { CONSENT_BUTTON } from "./consent-dom";

/** One of the consent form's submit buttons; the form posts which one was pressed. */
export function ChoiceButton({ value, children }: { value: TConsentPost["choice"]; children: ReactNode }) {
  return (
    <button type="submit" name="choice" value={value} className={CONSENT_BUTTON}>
      {children}
    </button>
  );
}
