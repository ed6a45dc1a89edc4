import { PRIVACY_REGISTER } from "../../domain/register";
import { SOURCES } from "../../domain/vocabulary";
import { listNames } from "./list-names";
import { Section } from "./section";

export function PersonalDataSection() {
  return (
    <Section id="opplysninger">
      <p>
        Når du blir kunde, trenger vi opplysninger om deg for å administrere kundeforholdet og oppfylle
        forpliktelsene våre. De fleste opplysningene får vi fra deg. I tillegg henter vi opplysninger fra{" "}
        {SOURCES.folkeregisteret.name} (identitetssjekk), {SOURCES.elhub.name} (målepunkt og
        forbrukshistorikk) og {SOURCES.experian.name} (kredittsjekk).
      </p>
      <p>
        Det er frivillig å gi oss personopplysninger, men uten de opplysningene skjemaet ber om, kan vi ikke
        registrere deg som kunde eller levere strøm til deg.
      </p>
      {PRIVACY_REGISTER.map((category) => (
        <section key={category.id} aria-labelledby={`kategori-${category.id}`} className="space-y-2">
          <h3 id={`kategori-${category.id}`} className="text-xl font-semibold text-slate-900">
            {category.name}
          </h3>
          <p>{category.description}</p>
          <ul className="list-disc space-y-1 pl-6">
            {category.fields.map((field) => (
              <li key={field.id}>
                {field.label}{" "}
                <span className="text-slate-600">
                  (fra {listNames(field.sources.map((source) => SOURCES[source].shortName))})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <dl className="space-y-2 rounded-lg bg-brand-50 p-4">
        {Object.values(SOURCES).map((source) => (
          <div key={source.name}>
            <dt className="inline font-semibold">{source.name}: </dt>
            <dd className="inline">{source.description}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
