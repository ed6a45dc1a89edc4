import type { Metadata } from "next";
import { CONTROLLER } from "@/features/privacy";
import { accessCopyReport, REPORT_ROW_LIMIT, startExport } from "@/features/privacy/server";
import { AccessRightsSection, ApiCallsTable, PrintButton, StaffViewsTable } from "@/features/privacy/ui";
import { requireCustomer } from "@/features/sign-in/routes";
import { decimalText } from "@/platform/format/display";
import { osloDateTime } from "@/platform/time/oslo-time";
import { ButtonLink } from "@/ui/button-link";
import { Cell, DataTable } from "@/ui/data-table";

export const metadata: Metadata = { title: "Kopi av opplysningene dine" };

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/;

/** A value of the copy as a person reads it. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "–";
  if (typeof value === "boolean") return value ? "Ja" : "Nei";
  if (typeof value === "string" && INSTANT.test(value)) return osloDateTime(new Date(value));
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The access copy (Art. 15, P22) as a readable page that prints well. */
export default async function AccessCopyPage() {
  const session = await requireCustomer("/min-side/personvern/innsyn");
  const started = await startExport(session, "access-report");
  if (!started.ok) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold text-slate-900">Kopi av opplysningene dine</h1>
        <p role="alert" className="text-slate-800">
          Du har hentet kopien mange ganger på kort tid. Prøv igjen om en time.
        </p>
      </div>
    );
  }
  const report = await accessCopyReport(started.owner);
  return (
    <article className="space-y-8 print:text-sm">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-slate-900">Kopi av opplysningene dine</h1>
        <p className="text-slate-700">
          Laget {osloDateTime(new Date())} av {CONTROLLER.name}, {CONTROLLER.street}, {CONTROLLER.postalCode}{" "}
          {CONTROLLER.city}, etter personvernforordningen artikkel 15. Alt vi har om deg står her, ordnet
          etter personvernerklæringen. Lange tabeller viser de første {REPORT_ROW_LIMIT} radene; JSON-filen
          har alle.
        </p>
        {report.nationalIdMasked && (
          <p>Fødselsnummer: {report.nationalIdMasked} (lagret kryptert, vist maskert)</p>
        )}
        <div className="flex flex-wrap gap-3 print:hidden">
          <PrintButton />
          <ButtonLink href="/min-side/personvern/innsyn/json" variant="secondary" prefetch={false}>
            Last ned som JSON
          </ButtonLink>
        </div>
      </header>

      <section aria-labelledby="hvem-har-sett" className="space-y-2">
        <h2 id="hvem-har-sett" className="text-2xl font-semibold text-slate-900">
          Hvem har sett på opplysningene dine
        </h2>
        <StaffViewsTable id="innsyn-hvem" views={report.staffViews} />
      </section>

      <section aria-labelledby="api-kall" className="space-y-2">
        <h2 id="api-kall" className="text-2xl font-semibold text-slate-900">
          Bruken av API-nøklene dine
        </h2>
        <p>
          Hvert kall føres i sikkerhetsloggen med nøkkelens id, endepunktet og svaret. Her står antallet og
          det første og siste kallet per nøkkel, ikke hvert kall.
        </p>
        <ApiCallsTable id="innsyn-api-kall" calls={report.apiCalls} />
      </section>

      <AccessRightsSection rights={report.rights} howToUse={report.howToUse} complaint={report.complaint} />

      {report.categories.map((category) => (
        <section
          key={category.id}
          aria-labelledby={`kategori-${category.id}`}
          className="space-y-4 break-inside-avoid-page"
        >
          <h2 id={`kategori-${category.id}`} className="text-2xl font-semibold text-slate-900">
            {category.name}
          </h2>
          <p>{category.description}</p>
          <h3 className="text-lg font-semibold">Formål og rettslig grunnlag</h3>
          <ul className="list-disc space-y-1 pl-6">
            {category.purposes.map((purpose) => (
              <li key={purpose.purpose}>
                <span className="font-medium">{purpose.purpose}</span> – {purpose.legalBasis}
                {purpose.law ? `, ${purpose.law}` : ""}. {purpose.detail}
              </li>
            ))}
          </ul>
          <h3 className="text-lg font-semibold">Hvem vi deler med</h3>
          <ul className="list-disc space-y-1 pl-6">
            {category.recipients.map((recipient) => (
              <li key={recipient.name}>
                <span className="font-medium">{recipient.name}</span> ({recipient.role}, {recipient.location}
                ): {recipient.description}
              </li>
            ))}
          </ul>
          <h3 className="text-lg font-semibold">Hvor lenge vi oppbevarer det</h3>
          <ul className="list-disc space-y-1 pl-6">
            {category.retention.map((entry) => (
              <li key={entry.fields.join()}>
                <span className="font-medium">{entry.fields.join(", ")}:</span> {entry.explanation}
              </li>
            ))}
          </ul>
          {category.fields.map((field) => (
            <section key={field.id} aria-labelledby={`felt-${field.id}`} className="space-y-2">
              <h3 id={`felt-${field.id}`} className="text-lg font-semibold">
                {field.label}
              </h3>
              <p className="text-sm text-slate-700">Kilde: {field.sources.join(", ")}</p>
              {field.storedElsewhere && <p>{field.storedElsewhere}</p>}
              {field.tables.map((table) => (
                <div key={table.model} className="space-y-1">
                  {table.notLinkable ? (
                    <p>{table.notLinkable}</p>
                  ) : table.rows.length === 0 ? (
                    <p>Vi har ingen slike opplysninger om deg.</p>
                  ) : (
                    <DataTable
                      id={`tabell-${field.id}-${table.model}`}
                      caption={table.name}
                      columns={table.columns.map((c) => c.label)}
                      minWidthClass="min-w-[36rem]"
                    >
                      {table.rows.map((row, index) => (
                        // Rows of a copy have no identity of their own; their order is fixed by the key.
                        // biome-ignore lint/suspicious/noArrayIndexKey: a static, never reordered list
                        <tr key={index}>
                          {table.columns.map((column) => (
                            <Cell key={column.id} className="break-words">
                              {shown(row[column.id])}
                            </Cell>
                          ))}
                        </tr>
                      ))}
                    </DataTable>
                  )}
                  {table.omitted > 0 && (
                    <p className="text-sm">
                      og {decimalText(String(table.omitted), 0)} rader til, som står i JSON-filen.
                    </p>
                  )}
                  {table.withheld.map((w) => (
                    <p key={w.label} className="text-sm text-slate-700">
                      {w.label}: {w.reason}
                    </p>
                  ))}
                </div>
              ))}
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}
