import { PRIVACY_REGISTER } from "@/features/privacy";
import { CONSENT_CHOICE_LABELS, CONSENT_SOURCE_LABELS } from "@/platform/format/labels";
import { osloDateTime } from "@/platform/time/oslo-time";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { CONSENT_STATUS_LABELS, yesNo } from "../domain/consent-labels";
import { listConsentHistory } from "../server/consent";
import { ConsentSettingsButton } from "./consent-settings-button";

const RETENTION = PRIVACY_REGISTER.flatMap((c) => c.retention).find((e) =>
  e.fields.includes("consent-choices"),
);

/** The customer's own cookie choices made while signed in: the proof we keep, shown to the person it is about. */
export async function ConsentHistory({ customerId }: { customerId: string }) {
  const entries = await listConsentHistory(customerId);
  return (
    <Card aria-labelledby="samtykker-tittel">
      <h2 id="samtykker-tittel" className="text-xl font-semibold text-slate-900">
        Samtykker til informasjonskapsler
      </h2>
      <p className="mt-2 text-slate-700">
        Valgene du har gjort mens du var innlogget, og hvilken versjon av teksten de gjaldt.{" "}
        {RETENTION?.explanation}
      </p>
      <div className="mt-4">
        {entries.length === 0 ? (
          <p className="text-slate-700">
            Du har ikke gjort noe valg om informasjonskapsler mens du var innlogget.
          </p>
        ) : (
          <DataTable
            id="samtykker-tabell"
            caption="Valgene dine, det nyeste først"
            hideCaption
            columns={["Tidspunkt", "Valg", "Statistikk", "Markedsføring", "Hvor", "Versjon", "Status"]}
            minWidthClass="min-w-[48rem]"
          >
            {entries.map((entry) => (
              <tr key={entry.id}>
                <RowHeader className="font-normal">
                  <time dateTime={entry.at.toISOString()}>{osloDateTime(entry.at)}</time>
                </RowHeader>
                <Cell>{CONSENT_CHOICE_LABELS[entry.choice]}</Cell>
                <Cell>{yesNo(entry.statistics)}</Cell>
                <Cell>{yesNo(entry.marketing)}</Cell>
                <Cell>{CONSENT_SOURCE_LABELS[entry.source]}</Cell>
                <Cell className="whitespace-nowrap tabular-nums">{entry.policyVersion}</Cell>
                <Cell>{CONSENT_STATUS_LABELS[entry.status]}</Cell>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
      <div className="mt-4">
        <ConsentSettingsButton className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
          Endre valgene
        </ConsentSettingsButton>
      </div>
    </Card>
  );
}
