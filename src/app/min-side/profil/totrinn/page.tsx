import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { startTotpEnrolment } from "@/features/second-factor/server";
import { TotpEnrolmentForm, TotpSetupSteps } from "@/features/second-factor/ui";
import { requireCustomer } from "@/features/sign-in/routes";
import { Card } from "@/ui/card";
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
