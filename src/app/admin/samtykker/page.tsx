import type { Metadata } from "next";
import { CONSENT_CATEGORIES, CONSENT_CATEGORY_NAMES, CONSENT_POLICY_VERSION } from "@/features/consent";
import { type ConsentReportRow, getConsentReport } from "@/features/consent/server";
import { requireStaff } from "@/features/sign-in/routes";
import { CONSENT_CHOICE_LABELS, CONSENT_SOURCE_LABELS } from "@/platform/format/labels";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";

export const metadata: Metadata = { title: "Samtykker" };

function share(part: number, whole: number): string {
  return whole === 0 ? "–" : `${Math.round((part / whole) * 100)} %`;
}

/** Consent reporting for customer service: counts only, per policy version and category. No row names anyone. */
export default async function ConsentReportPage() {
  await requireStaff();
  const rows = await getConsentReport();

  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">
          Samtykker til informasjonskapsler
        </h1>
        <p className="text-slate-700">
          Hvor mange valg som er gjort i banneret og innstillingene, per versjon av teksten og per kategori.
          Rapporten viser bare antall, aldri hvem som valgte. Valg slettes etter registerets regel, så eldre
          valg er ikke med.
        </p>
      </header>
      {rows.length === 0 && <p className="text-slate-700">Ingen valg er registrert ennå.</p>}
      {rows.map((row) => (
        <VersionReport key={row.policyVersion} row={row} />
      ))}
    </div>
  );
}

function VersionReport({ row }: { row: ConsentReportRow }) {
  const id = `versjon-${row.policyVersion}`;
  const current = row.policyVersion === CONSENT_POLICY_VERSION;
  return (
    <section
      aria-labelledby={id}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id={id} className="text-xl font-semibold text-slate-900">
        Versjon {row.policyVersion}
        {current ? " (gjeldende)" : ""}: {row.choices} valg
      </h2>
      <DataTable
        id={`${id}-kategorier`}
        caption={`Per kategori, versjon ${row.policyVersion}`}
        columns={["Kategori", "Ja", "Nei", "Andel ja"]}
        minWidthClass="min-w-[28rem]"
      >
        {CONSENT_CATEGORIES.map((category) => (
          <tr key={category}>
            <RowHeader>{CONSENT_CATEGORY_NAMES[category]}</RowHeader>
            <Cell className="tabular-nums">{row[category].granted}</Cell>
            <Cell className="tabular-nums">{row[category].denied}</Cell>
            <Cell className="tabular-nums">{share(row[category].granted, row.choices)}</Cell>
          </tr>
        ))}
      </DataTable>
      <DataTable
        id={`${id}-valg`}
        caption={`Hvordan det ble valgt, versjon ${row.policyVersion}`}
        columns={["Valg", "Antall"]}
        minWidthClass="min-w-[20rem]"
      >
        {Object.entries(CONSENT_CHOICE_LABELS).map(([kind, label]) => (
          <tr key={kind}>
            <RowHeader>{label}</RowHeader>
            <Cell className="tabular-nums">{row.byChoice[kind as keyof typeof CONSENT_CHOICE_LABELS]}</Cell>
          </tr>
        ))}
        {Object.entries(CONSENT_SOURCE_LABELS).map(([source, label]) => (
          <tr key={source}>
            <RowHeader>Fra {label.toLowerCase()}</RowHeader>
            <Cell className="tabular-nums">{row.bySource[source as keyof typeof CONSENT_SOURCE_LABELS]}</Cell>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
