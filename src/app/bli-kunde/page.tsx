import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { stepFor } from "@/features/onboarding";
import { currentApplication } from "@/features/onboarding/server";
import { StepCard } from "@/features/onboarding/ui";
import { bankIdMessage } from "@/features/sign-in";
import { getSessionUser } from "@/features/sign-in/routes";
import { ContactStep } from "./contact-step";
import { DeclinedStep, WaitingStep } from "./credit-outcome-steps";
import { CreditStep } from "./credit-step";
import { IdentityStep } from "./identity-step";
import { MeteringPointStep } from "./metering-point-step";
import { ProductStep } from "./product-step";
import { StartStep } from "./start-step";
import { VerifyEmailStep } from "./verify-email-step";

export const metadata: Metadata = { title: "Bli kunde" };
// Every view depends on this browser's application: never prerendered or cached.
export const dynamic = "force-dynamic";

const STEPS = ["BankID", "Identitet", "Om deg", "Målepunkt", "Kredittsjekk", "Avtale"] as const;

const STEP_INDEX = new Map([
  ["identity", 1],
  ["contact", 2],
  ["verify-email", 2],
  ["metering-point", 3],
  ["credit", 4],
  ["waiting", 4],
  ["declined", 4],
  ["product", 5],
  ["done", 5],
]);

/** Why the start page is shown again: BankID's outcome, or an answer about who the person is. */
const START_NOTICES = new Map([
  ["allerede-kunde", "Du er allerede kunde hos oss. Logg inn på Min side."],
  ["mindrearig", "Du må være 18 år for å inngå en strømavtale. Be en voksen i husstanden om å bli kunde."],
  [
    "for-mange",
    "Det er startet mange søknader fra denne nettverksadressen den siste timen. Prøv igjen senere.",
  ],
]);

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
  // BankID from "Bli kunde" signs an existing customer in: their place is Min side.
  const user = await getSessionUser();
  if (user?.role === "CUSTOMER") redirect("/min-side");
  const app = await currentApplication();
  const step = app ? stepFor(app) : null;
  const notice = bankIdMessage(params.bankid) ?? START_NOTICES.get(String(params.melding)) ?? null;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Bli kunde</h1>
      <Progress current={step ? (STEP_INDEX.get(step) ?? 0) : 0} />
      {!app && <StartStep notice={notice} />}
      {app && step === "identity" && <IdentityStep app={app} />}
      {app && step === "contact" && <ContactStep app={app} />}
      {app && step === "verify-email" && <VerifyEmailStep app={app} />}
      {app && step === "metering-point" && <MeteringPointStep app={app} />}
      {app && step === "credit" && <CreditStep app={app} />}
      {app && step === "product" && <ProductStep app={app} />}
      {app && step === "waiting" && <WaitingStep app={app} />}
      {app && step === "declined" && <DeclinedStep app={app} />}
      {app && step === "done" && <DoneStep />}
    </div>
  );
}
