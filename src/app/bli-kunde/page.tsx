import type { Metadata } from "next";
import Link from "next/link";
import { stepFor } from "@/features/onboarding";
import { currentApplication } from "@/features/onboarding/server";
import { StepCard } from "@/features/onboarding/ui";
import { DeclinedStep, WaitingStep } from "./credit-outcome-steps";
import { CreditStep } from "./credit-step";
import { IdentityStep } from "./identity-step";
import { MeteringPointStep } from "./metering-point-step";
import { ProductStep } from "./product-step";
import { StartStep } from "./start-step";

export const metadata: Metadata = { title: "Bli kunde" };
// Every view depends on this browser's application: never prerendered or cached.
export const dynamic = "force-dynamic";

const STEPS = ["Om deg", "Identitet", "Målepunkt", "Kredittsjekk", "Avtale"] as const;

function Progress({ current }: { current: number }) {
  return (
    <ol aria-label="Steg i søknaden" className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
      {STEPS.map((step, i) => (
        <li
          key={step}
          aria-current={i === current ? "step" : undefined}
          className={i === current ? "font-semibold text-brand-800" : "text-slate-700"}
        >
          {i + 1}. {step}
        </li>
      ))}
    </ol>
  );
}

function DoneStep() {
  return (
    <StepCard title="Du er kunde">
      <p>
        Søknaden er fullført.{" "}
        <Link href="/logg-inn" className="font-medium text-brand-700 underline">
          Logg inn på Min side
        </Link>
        .
      </p>
    </StepCard>
  );
}

/** "Bli kunde": the step this browser's application is at, rendered from what the application says. */
export default async function BliKundePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const app = await currentApplication();
  const step = app ? stepFor(app.status, app.creditOutcome) : null;
  const index = { identity: 1, "metering-point": 2, credit: 3, waiting: 3, declined: 3, product: 4, done: 4 }[
    step ?? "identity"
  ];
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Bli kunde</h1>
      <Progress current={app ? index : 0} />
      {!app && <StartStep alreadyCustomer={params["allerede-kunde"] === "1"} />}
      {app && step === "identity" && <IdentityStep app={app} />}
      {app && step === "metering-point" && <MeteringPointStep app={app} />}
      {app && step === "credit" && <CreditStep app={app} />}
      {app && step === "product" && <ProductStep app={app} />}
      {app && step === "waiting" && <WaitingStep app={app} />}
      {app && step === "declined" && <DeclinedStep app={app} />}
      {app && step === "done" && <DoneStep />}
    </div>
  );
}
