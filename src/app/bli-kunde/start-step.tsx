import Link from "next/link";
import { APPLICATION_EXPIRY_DAYS } from "@/features/onboarding";
import { Notice, StepCard } from "@/features/onboarding/ui";
import { ApplicantForm } from "./applicant-form";

/** Step 1, before there is an application: what the flow does, and the person's details. */
export function StartStep({ alreadyCustomer }: { alreadyCustomer: boolean }) {
  return (
    <>
      {alreadyCustomer && (
        <Notice tone="warning">
          Du er allerede kunde hos oss.{" "}
          <Link href="/logg-inn" className="font-medium text-brand-700 underline">
            Logg inn i stedet
          </Link>
          .
        </Notice>
      )}
      <p>
        Det tar noen minutter. Vi sjekker identiteten din i Folkeregisteret, finner målepunktet i Elhub og
        kredittsjekker deg hos Experian. Du kan ta pause når som helst: søknaden lagres i{" "}
        {APPLICATION_EXPIRY_DAYS} dager, og du fortsetter der du slapp i denne nettleseren. Les{" "}
        <Link href="/personvern" className="font-medium text-brand-700 underline">
          personvernerklæringen
        </Link>
        .
      </p>
      <StepCard title="Om deg">
        <ApplicantForm />
      </StepCard>
    </>
  );
}
