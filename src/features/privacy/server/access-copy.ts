import "server-only";
// The access copy (GDPR Art. 15, P22): everything we hold about the customer, field by field of the
// privacy register, with purposes, legal bases, sources, recipients and retention, and who among
// staff has looked at their data. One walk over the register serves the JSON file (streamed, so a
// three-year consumption history never sits in memory) and the readable report.
import { type ContractStatusId, contractStatusOn, type DatedContract } from "@/features/contracts";
import { Prisma } from "@/generated/prisma/client";
import { decryptNationalId } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { maskNationalId } from "@/platform/identifiers/national-id";
import { osloDate, osloIsoString } from "@/platform/time/oslo-calendar";
import { type DataCategory, PRIVACY_REGISTER } from "../domain/register";
import { rightsInAccessCopy } from "../domain/rights";
import { LEGAL_BASES, PURPOSES, RECIPIENT_ROLE_NAMES, RECIPIENTS, SOURCES } from "../domain/vocabulary";
import { apiCallSummary } from "./api-call-summary";
import { COLUMN_LABELS } from "./column-labels";
import { CUSTOMER_SCOPES, customerRows, type Owner, placesOf, type Row } from "./customer-data";
import { DATE_COLUMNS } from "./date-columns";
import { MODEL_LABELS } from "./model-labels";
import type { PersonalDataModel } from "./personal-data-columns";
import { listStaffViews } from "./staff-views";
import { WITHHELD_COLUMNS } from "./withheld-columns";

/** A stored value as JSON: instants in Oslo time with offset, dates as dates, decimals exact. */
export function exportValue(model: PersonalDataModel, column: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    return DATE_COLUMNS.has(`${model}.${column}`) ? value.toISOString().slice(0, 10) : osloIsoString(value);
  }
  if (typeof value === "bigint") return value.toString();
  if (Prisma.Decimal.isDecimal(value)) return value.toString();
  return value;
}

/** A contract row's status and dates, when the row has them (every export of contracts selects them). */
function datedContract(row: Row): DatedContract | null {
  const { status, startDate, endDate } = row;
  if (typeof status !== "string" || !(startDate instanceof Date)) return null;
  return { status: status as ContractStatusId, startDate, endDate: endDate instanceof Date ? endDate : null };
}

/**
 * A row as exported. A contract's status is its status on `today` from its dates, as everywhere it is
 * shown: the stored one waits for the daily job.
 */
export function exportRow(model: PersonalDataModel, row: Row, today: string): Row {
  const contract = model === "Contract" ? datedContract(row) : null;
  const shown = contract ? { ...row, status: contractStatusOn(contract, today) } : row;
  const out: Row = {};
  for (const [column, value] of Object.entries(shown)) out[column] = exportValue(model, column, value);
  return out;
}

/** What the register says about a category, in the customer's language. */
export function categoryDescription(category: DataCategory) {
  return {
    id: category.id,
    name: category.name,
    description: category.description,
    purposes: category.purposes.map((use) => ({
      purpose: PURPOSES[use.purpose].name,
      legalBasis: `${LEGAL_BASES[use.legalBasis].name} (${LEGAL_BASES[use.legalBasis].citation})`,
      law: use.law ?? null,
      detail: use.detail,
    })),
    recipients: category.recipients.map((id) => ({
      name: RECIPIENTS[id].name,
      role: RECIPIENT_ROLE_NAMES[RECIPIENTS[id].role],
      description: RECIPIENTS[id].description,
      location: RECIPIENTS[id].location,
    })),
    retention: category.retention.map((entry) => ({
      fields: entry.fields.map((id) => category.fields.find((f) => f.id === id)?.label ?? id),
      explanation: entry.explanation,
    })),
  };
}

/** The customer's national ID as the copy shows it: masked. */
async function maskedNationalId(customerId: string): Promise<string | null> {
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: { nationalIdCiphertext: true },
  });
  return customer?.nationalIdCiphertext
    ? maskNationalId(decryptNationalId(customer.nationalIdCiphertext))
    : null;
}

export const ACCESS_COPY_FORMAT = "klarkraft-innsyn/1";

/**
 * The access copy as JSON text in chunks: the register's categories and fields, each field's rows
 * per table, the withheld columns and why, the staff views, and the customer's other rights and where
 * to complain (Art. 15(1)(e)–(f)). Rows are read page by page.
 */
export async function* accessCopyJson(owner: Owner, now = new Date()): AsyncGenerator<string> {
  yield `{"format":${JSON.stringify(ACCESS_COPY_FORMAT)},"generatedAt":${JSON.stringify(osloIsoString(now))}`;
  yield `,"nationalIdMasked":${JSON.stringify(await maskedNationalId(owner.customerId))}`;
  yield `,"categories":[`;
  let firstCategory = true;
  for (const category of PRIVACY_REGISTER) {
    const description = categoryDescription(category);
    yield `${firstCategory ? "" : ","}${JSON.stringify(description).slice(0, -1)},"fields":[`;
    firstCategory = false;
    let firstField = true;
    for (const field of category.fields) {
      const head = {
        id: field.id,
        label: field.label,
        sources: field.sources.map((s) => SOURCES[s].name),
        storedElsewhere: field.storedElsewhere ?? null,
      };
      yield `${firstField ? "" : ","}${JSON.stringify(head).slice(0, -1)},"tables":[`;
      firstField = false;
      let firstPlace = true;
      for (const place of placesOf(field.id)) {
        const scope = CUSTOMER_SCOPES[place.model];
        const table = {
          table: place.model,
          name: MODEL_LABELS[place.model],
          columns: Object.fromEntries(
            place.columns.map((c) => [c, (COLUMN_LABELS[place.model] as Record<string, string>)[c] ?? c]),
          ),
          notLinkable: "notLinkable" in scope ? scope.notLinkable : null,
          withheld: place.withheld.map((c) => ({
            column: c,
            reason: (WITHHELD_COLUMNS[place.model] as Record<string, string>)[c],
          })),
        };
        yield `${firstPlace ? "" : ","}${JSON.stringify(table).slice(0, -1)},"rows":[`;
        firstPlace = false;
        let firstRow = true;
        let batch = "";
        for await (const row of customerRows(place.model, place.columns, owner)) {
          batch += `${firstRow ? "" : ","}${JSON.stringify(exportRow(place.model, row, osloDate(now)))}`;
          firstRow = false;
          if (batch.length > 64_000) {
            yield batch;
            batch = "";
          }
        }
        yield `${batch}]}`;
      }
      yield "]}";
    }
    yield "]}";
  }
  const { rights, howToUse, complaint } = rightsInAccessCopy();
  yield `],"staffViews":${JSON.stringify(await listStaffViews(owner.customerId))}`;
  yield `,"apiCalls":${JSON.stringify(await apiCallSummary(owner.customerId))}`;
  yield `,"rights":${JSON.stringify(rights)},"howToUseRights":${JSON.stringify(howToUse)}`;
  yield `,"complaint":${JSON.stringify(complaint)}}`;
}

export interface ReportTable {
  model: PersonalDataModel;
  name: string;
  columns: { id: string; label: string }[];
  rows: Row[];
  /** Rows beyond what the report shows (the consumption series): all of them are in the JSON file. */
  omitted: number;
  notLinkable: string | null;
  withheld: { label: string; reason: string }[];
}

/** The readable report shows at most this many rows of one table; the JSON file has all of them. */
export const REPORT_ROW_LIMIT = 200;

/** The same walk as the JSON, for the printable page: values as JSON, long tables cut to the limit. */
export async function accessCopyReport(owner: Owner, now = new Date()) {
  const categories = [];
  for (const category of PRIVACY_REGISTER) {
    const fields = [];
    for (const field of category.fields) {
      const tables: ReportTable[] = [];
      for (const place of placesOf(field.id)) {
        const scope = CUSTOMER_SCOPES[place.model];
        const labels = COLUMN_LABELS[place.model] as Record<string, string>;
        const rows: Row[] = [];
        let omitted = 0;
        for await (const row of customerRows(place.model, place.columns, owner)) {
          if (rows.length < REPORT_ROW_LIMIT) rows.push(exportRow(place.model, row, osloDate(now)));
          else omitted++;
        }
        tables.push({
          model: place.model,
          name: MODEL_LABELS[place.model],
          columns: place.columns.map((c) => ({ id: c, label: labels[c] ?? c })),
          rows,
          omitted,
          notLinkable: "notLinkable" in scope ? scope.notLinkable : null,
          withheld: place.withheld.map((c) => ({
            label: labels[c] ?? c,
            reason: (WITHHELD_COLUMNS[place.model] as Record<string, string>)[c] ?? "",
          })),
        });
      }
      fields.push({
        id: field.id,
        label: field.label,
        sources: field.sources.map((s) => SOURCES[s].name),
        storedElsewhere: field.storedElsewhere ?? null,
        tables,
      });
    }
    categories.push({ ...categoryDescription(category), fields });
  }
  return {
    categories,
    nationalIdMasked: await maskedNationalId(owner.customerId),
    staffViews: await listStaffViews(owner.customerId),
    apiCalls: await apiCallSummary(owner.customerId),
    ...rightsInAccessCopy(),
  };
}
