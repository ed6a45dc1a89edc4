import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { secondFactorPath } from "@/features/second-factor";
import { requirePendingSecondFactor } from "@/features/second-factor/routes";
import { startTotpEnrolment } from "@/features/second-factor/server";
import { TotpEnrolmentForm, TotpSetupSteps } from "@/features/second-factor/ui";
import { safeReturnPath } from "@/features/sign-in";
import { Card } from "@/ui/card";
import { confirmStaffEnrolment } from "./actions";

export const metadata: Metadata = { title: "Sett opp totrinnsinnlogging" };

/** Staff who have no authenticator app yet set one up here, right after the password, before /admin. */
export default async function StaffEnrolmentPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tilbake } = await searchParams;
  const returnTo = safeReturnPath(tilbake);
  const session = await requirePendingSecondFactor("enrolment", returnTo);
  const enrolment = await startTotpEnrolment(session);
  if (!enrolment.ok) redirect(secondFactorPath("code", returnTo));

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Sett opp totrinnsinnlogging</h1>
      <p className="text-slate-700">
        Ansatte ser kundenes opplysninger, så passordet alene er ikke nok: hver gang du logger inn, skriver du
        også en kode fra en autentiseringsapp på telefonen. Det setter du opp nå, én gang.
      </p>
      <Card as="div">
        <TotpEnrolmentForm
          action={confirmStaffEnrolment}
          instructions={<TotpSetupSteps secret={enrolment.secret} uri={enrolment.uri} />}
          returnTo={returnTo}
          continueHref={returnTo ?? "/admin"}
          continueLabel="Fortsett til kundeservice"
        />
      </Card>
    </div>
  );
}
