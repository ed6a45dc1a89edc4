import Link from "next/link";
import { APPLICATION_EXPIRY_DAYS } from "@/features/onboarding";
import { Notice, StepCard } from "@/features/onboarding/ui";
import { StartForm } from "./start-form";

/** Step 1, before there is an application: what the flow does, the consents, and BankID. */
export function StartStep({ notice }: { notice: string | null }) {
  return (
    <>
      {notice && <Notice tone="warning">{notice}</Notice>}
      <p>
        Det tar noen minutter. Du bekrefter hvem du er med BankID. Deretter sjekker vi identiteten din i
        Folkeregisteret, finner målepunktet i Elhub og kredittsjekker deg hos Experian. Du kan ta pause når
        som helst: søknaden lagres i {APPLICATION_EXPIRY_DAYS} dager, og du fortsetter der du slapp ved å
        logge inn med BankID igjen. Les{" "}
        <Link href="/personvern" className="font-medium text-brand-700 underline">
          personvernerklæringen
        </Link>
        .
      </p>
      <StepCard title="Kom i gang">
        <StartForm />
      </StepCard>
      <p>
        Har du ikke BankID?{" "}
        <Link href="/bli-kunde/uten-bankid" className="font-medium text-brand-700 underline">
          Få en aktiveringskode i posten
        </Link>{" "}
        til adressen din i Folkeregisteret.
      </p>
    </>
  );
}
