import Link from "next/link";
import { PRIVACY_RIGHTS, RESPONSE_DEADLINE, SUPERVISORY_AUTHORITY } from "../../domain/rights";
import { CONTROLLER } from "../../domain/vocabulary";
import { Section } from "./section";

export function RightsSection() {
  return (
    <Section id="rettigheter">
      <p>Du har disse rettighetene etter personopplysningsloven og personvernforordningen (GDPR):</p>
      <div className="space-y-5">
        {PRIVACY_RIGHTS.map((right) => (
          <section key={right.id} aria-labelledby={`rett-${right.id}`} className="space-y-1">
            <h3 id={`rett-${right.id}`} className="text-lg font-semibold text-slate-900">
              {right.name} <span className="text-base font-normal text-slate-600">({right.article})</span>
            </h3>
            <p>{right.description}</p>
            <p className="text-slate-700">
              <span className="font-medium">Begrensninger:</span> {right.limits}
            </p>
          </section>
        ))}
      </div>
      <h3 className="text-xl font-semibold text-slate-900">Slik bruker du rettighetene dine</h3>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          Er du kunde, gjør du det selv på{" "}
          <Link href="/min-side/personvern" className="text-brand-700 underline">
            Min side under Personvern
          </Link>
          : last ned en kopi av opplysningene dine, rett kontaktinformasjonen, begrens behandlingen,
          protester, be om sletting og følg forespørslene dine fram til svaret.
        </li>
        <li>
          Send en e-post til{" "}
          <a href={`mailto:${CONTROLLER.privacyEmail}`} className="text-brand-700 underline">
            {CONTROLLER.privacyEmail}
          </a>{" "}
          og skriv hvilken rettighet du vil bruke.
        </li>
        <li>
          Eller kontakt kundeservice på{" "}
          <a href={`mailto:${CONTROLLER.customerServiceEmail}`} className="text-brand-700 underline">
            {CONTROLLER.customerServiceEmail}
          </a>
          .
        </li>
      </ul>
      <p>
        Det er gratis. Vi svarer innen én måned. Er saken særlig omfattende eller vi får mange forespørsler,
        kan fristen forlenges med inntil to måneder til. Da sier vi fra innen den første måneden og forklarer
        hvorfor ({RESPONSE_DEADLINE.article}).
      </p>
      <h3 className="text-xl font-semibold text-slate-900">Når andre lover går foran</h3>
      <p>
        Rettighetene dine har enkelte begrensninger når andre lover går foran personvernloven, for eksempel
        plikten til å oppbevare regnskapsopplysninger etter bokføringsloven. Når en forespørsel blir
        begrenset, forteller vi deg hvilken regel som gjelder og hva vi gjør i stedet.
      </p>
      <p>
        Mener du at vi behandler opplysningene dine i strid med regelverket, kan du klage til{" "}
        <a href={SUPERVISORY_AUTHORITY.url} className="text-brand-700 underline hover:no-underline">
          {SUPERVISORY_AUTHORITY.name}
        </a>{" "}
        ({SUPERVISORY_AUTHORITY.article}).
      </p>
    </Section>
  );
}
