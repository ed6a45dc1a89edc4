import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TotpEnrolmentForm } from "@/components/forms/totp-enrolment-form";
import { TotpSetupSteps } from "@/components/forms/totp-setup-steps";
import { Card } from "@/components/ui/card";
import { requireCustomer } from "@/server/auth/guards";
import { startTotpEnrolment } from "@/server/services/second-factor";
import { enableOwnSecondFactor } from "../second-factor-actions";

export const metadata: Metadata = { title: "Slå på totrinnsinnlogging" };

export default async function CustomerEnrolmentPage() {
  const session = await requireCustomer("/min-side/profil/totrinn");
  const enrolment = await startTotpEnrolment(session);
  if (!enrolment.ok) redirect("/min-side/profil");

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Slå på totrinnsinnlogging</h1>
      <p className="text-slate-700">
        Med totrinnsinnlogging skriver du en kode fra en autentiseringsapp på telefonen hver gang du logger
        inn, etter passordet. Den som har fått tak i passordet ditt, kommer da ikke inn uten telefonen din.
      </p>
      <Card as="div">
        <TotpEnrolmentForm
          action={enableOwnSecondFactor}
          askPassword
          instructions={<TotpSetupSteps secret={enrolment.secret} uri={enrolment.uri} />}
          continueHref="/min-side/profil"
          continueLabel="Tilbake til Profil"
        />
      </Card>
    </div>
  );
}
