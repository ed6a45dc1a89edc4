import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { PRIVACY_REGISTER } from "../../domain/register";
import { LEGAL_BASES, LEGAL_BASIS_SUMMARY, PURPOSES } from "../../domain/vocabulary";
import { Section } from "./section";

export function PurposesSection() {
  return (
    <Section id="formal">
      <p>
        Vi behandler personopplysningene dine for å opprette deg som kunde, identifisere deg og strømmåleren
        din, og forvalte kundeforholdet etter de kravene som gjelder for en kraftleverandør.
      </p>
      <p className="rounded-lg border-l-4 border-brand-700 bg-white p-4">{LEGAL_BASIS_SUMMARY}</p>
      <p>Vi kan også bruke opplysningene til andre formål som er forenlige med dette:</p>
      <ul className="list-disc space-y-1 pl-6">
        {Object.values(PURPOSES)
          .filter((purpose) => purpose.furtherPurpose)
          .map((purpose) => (
            <li key={purpose.name}>{purpose.name}</li>
          ))}
      </ul>
      {PRIVACY_REGISTER.map((category) => (
        <DataTable
          key={category.id}
          id={`formal-${category.id}`}
          caption={category.name}
          columns={["Formål", "Rettslig grunnlag"]}
          minWidthClass="min-w-[36rem]"
        >
          {category.purposes.map((use) => (
            <tr key={use.purpose}>
              <RowHeader className="font-normal">
                <span className="font-semibold">{PURPOSES[use.purpose].name}.</span> {use.detail}
              </RowHeader>
              <Cell>
                {LEGAL_BASES[use.legalBasis].name}{" "}
                <span className="text-slate-600">
                  ({LEGAL_BASES[use.legalBasis].citation}
                  {use.law ? `, ${use.law}` : ""})
                </span>
              </Cell>
            </tr>
          ))}
        </DataTable>
      ))}
      <dl className="space-y-2">
        {Object.values(LEGAL_BASES).map((basis) => (
          <div key={basis.article}>
            <dt className="font-semibold">{basis.name}</dt>
            <dd>{basis.explanation}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
