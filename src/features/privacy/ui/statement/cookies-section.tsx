import Link from "next/link";
import { TRACKERS } from "../../domain/cookies";
import { listNames } from "./list-names";
import { Section } from "./section";

export function CookiesSection() {
  return (
    <Section id="informasjonskapsler">
      <p>
        Nettsidene våre bruker nødvendige informasjonskapsler som holder deg innlogget på Min side. De krever
        ikke samtykke.
      </p>
      <p>
        Vi ønsker også å bruke informasjonskapsler til trafikkanalyse og markedsføring fra{" "}
        {listNames(TRACKERS.map((t) => t.name))}. Disse lastes bare hvis du aktivt sier ja, bare på de åpne
        sidene og aldri på Min side. Du kan trekke samtykket tilbake like enkelt som du ga det, under
        «Innstillinger for informasjonskapsler» nederst på hver side. Da stopper verktøyene med en gang, og
        informasjonskapslene deres slettes. Vi tar vare på valgene dine som dokumentasjon på hva du har
        samtykket til.
      </p>
      <p>Du kan også slette og blokkere informasjonskapsler i innstillingene i nettleseren din.</p>
      <p>
        <Link href="/informasjonskapsler" className="font-medium text-brand-700 underline hover:no-underline">
          Se alle informasjonskapsler og innstillingene dine
        </Link>
      </p>
    </Section>
  );
}
