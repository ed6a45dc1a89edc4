import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActiveSessions } from "@/app/min-side/profil/active-sessions";
import { ApiTokensCard } from "@/app/min-side/profil/api-tokens-card";
import { ChangePasswordForm } from "@/app/min-side/profil/change-password-form";
import { SecondFactorCard } from "@/app/min-side/profil/second-factor-card";
import { listApiTokens } from "@/features/api-tokens/server";
import { ConsentHistory } from "@/features/consent/ui";
import { getCustomerProfile } from "@/features/profile/server";
import { getSecondFactorStatus } from "@/features/second-factor/server";
import { requireCustomer } from "@/features/sign-in/routes";
import { listActiveSessions, stepUpNeeded } from "@/features/sign-in/server";
import { StepUpCard } from "@/features/sign-in/ui";
import { Card } from "@/ui/card";

export const metadata: Metadata = { title: "Profil" };

export default async function ProfilePage() {
  const session = await requireCustomer("/min-side/profil");
  const [profile, sessions, secondFactor, apiTokens] = await Promise.all([
    getCustomerProfile(session.customerId),
    listActiveSessions(session),
    getSecondFactorStatus(session.userId),
    listApiTokens(session.customerId),
  ]);
  if (!profile) notFound();

  const rows: [string, string][] = [
    ["Navn", `${profile.firstName} ${profile.lastName}`],
    [
      "Adresse",
      `${profile.street}, ${profile.postalCode} ${profile.city}${profile.addressFromRegister ? " (hentet fra Folkeregisteret)" : ""}`,
    ],
    ["E-post", profile.email ?? "Ikke registrert"],
    ["Telefon", profile.phone ?? "Ikke registrert"],
    ["Kundenummer", String(profile.customerNumber)],
  ];

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Profil</h1>
      {stepUpNeeded(session) && (
        <StepUpCard
          doing={
            secondFactor.enabledAt
              ? "bytter passord, lager en API-nøkkel eller slår av totrinnsinnlogging med en gjenopprettingskode"
              : "bytter passord eller lager en API-nøkkel"
          }
          returnTo="/min-side/profil"
        />
      )}
      <Card aria-labelledby="kontaktinformasjon">
        <h2 id="kontaktinformasjon" className="text-xl font-semibold text-slate-900">
          Kontaktinformasjon
        </h2>
        <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-slate-700">Er noe feil? Ta kontakt med kundeservice, så retter vi det.</p>
      </Card>
      <Card aria-labelledby="bytt-passord">
        <h2 id="bytt-passord" className="text-xl font-semibold text-slate-900">
          Bytt passord
        </h2>
        <p className="mt-2 mb-4 text-slate-700">
          Når passordet er byttet, blir du logget ut på alle enheter og må logge inn med det nye passordet.
        </p>
        <div className="max-w-md">
          <ChangePasswordForm provenStrongly={!stepUpNeeded(session)} />
        </div>
      </Card>
      <SecondFactorCard status={secondFactor} />
      <ActiveSessions sessions={sessions} />
      <ApiTokensCard tokens={apiTokens} stepUpNeeded={stepUpNeeded(session)} />
      <ConsentHistory customerId={session.customerId} />
    </div>
  );
}
