import Link from "next/link";
import { getSessionUser } from "@/features/sign-in/routes";
import { ButtonLink } from "@/ui/button-link";

const POINTS = [
  {
    title: "Spotpris eller fastpris",
    text: "Velg spotpris med et fast påslag, eller lås prisen. Har du Norgespris, gjelder avtalen med oss fortsatt som før.",
  },
  {
    title: "Forbruket ditt, per kvarter eller time",
    text: "Vi henter målerverdiene fra Elhub, så ofte som måleren din måler, og på Min side ser du hva du har brukt og hva det koster.",
  },
  {
    title: "Personvern du styrer selv",
    text: "Last ned opplysningene vi har om deg, rett det som er feil, og si nei til sporing. Alt fra Min side.",
  },
] as const;

export default async function LandingPage() {
  const user = await getSessionUser();
  const isCustomer = user?.role === "CUSTOMER";

  return (
    <div className="space-y-12">
      <section aria-labelledby="hero-heading" className="max-w-2xl space-y-5 pt-2 sm:pt-6">
        <p className="font-semibold text-brand-700">Strøm til husholdninger i hele Norge</p>
        <h1 id="hero-heading" className="text-3xl font-bold tracking-tight text-slate-900 sm:text-5xl">
          Strøm uten overraskelser
        </h1>
        <p className="text-lg leading-relaxed text-slate-700">
          Hos Klarkraft ser du hele prisen før du bestemmer deg, og på Min side har du avtalen, forbruket og
          meldingene dine samlet på ett sted.
        </p>
        <div className="flex flex-col gap-3 sm:flex-row">
          {isCustomer ? (
            <ButtonLink href="/min-side">Gå til Min side</ButtonLink>
          ) : (
            <ButtonLink href="/logg-inn">Logg inn på Min side</ButtonLink>
          )}
        </div>
      </section>

      <section aria-labelledby="points-heading">
        <h2 id="points-heading" className="sr-only">
          Dette får du hos oss
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {POINTS.map((point) => (
            <li key={point.title} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h3 className="text-lg font-semibold text-brand-900">{point.title}</h3>
              <p className="mt-2 leading-relaxed text-slate-700">{point.text}</p>
            </li>
          ))}
        </ul>
        <p className="mt-6 text-slate-700">
          Les hvordan vi behandler personopplysninger i{" "}
          <Link href="/personvern" className="font-medium text-brand-700 underline hover:no-underline">
            personvernerklæringen
          </Link>
          .
        </p>
      </section>
    </div>
  );
}
