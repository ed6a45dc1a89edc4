import Link from "next/link";
import { TRACKERS } from "@/domain/privacy/cookies";
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
        {listNames(TRACKERS.map((t) => t.name))}. Disse lastes bare hvis du aktivt sier ja, og du kan trekke
        samtykket tilbake like enkelt som du ga det. Inntil du kan gjøre dette valget på nettsidene våre, er
        de ikke i bruk i det hele tatt.
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
