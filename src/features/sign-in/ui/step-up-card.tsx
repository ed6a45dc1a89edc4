import { ButtonLink } from "@/ui/button-link";
import { STEP_UP_VALIDITY, stepUpNotice, stepUpPath } from "../domain/step-up";

/**
 * Above the forms of step-up actions while the session has no fresh strong proof: why, and the way to
 * the step-up page, which comes back to `returnTo`. `doing` ends "… før du <doing>".
 */
export function StepUpCard({ doing, returnTo }: { doing: string; returnTo: string }) {
  return (
    <section
      aria-labelledby="bekreft-identitet-tittel"
      className="rounded-lg border border-amber-300 bg-amber-50 p-5 sm:p-6"
    >
      <h2 id="bekreft-identitet-tittel" className="text-lg font-semibold text-amber-950">
        Bekreft at det er deg
      </h2>
      <p className="mt-2 mb-4 text-slate-800">
        {stepUpNotice(doing)} {STEP_UP_VALIDITY}
      </p>
      <ButtonLink href={stepUpPath(returnTo)}>Bekreft at det er deg</ButtonLink>
    </section>
  );
}
