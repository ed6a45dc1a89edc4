import "server-only";
import { supplyingContracts } from "@/features/contracts/server";
import { db } from "@/platform/db";
// What erasure would do (GDPR Art. 17, P24): what goes now and what the law keeps until when, computed
// from the customer's own data, for the customer's confirmation page and the staff case view.
import { osloDate } from "@/platform/time/oslo-calendar";
import { ERASURE_OUTCOME, KEPT_ON_INVOICES_ONLY, retainedUntil, retentionEntryOf } from "../domain/erasure";
import { type DataFieldId, PRIVACY_REGISTER } from "../domain/register";
import { countCustomerRows, type Owner, ownerOf } from "./customer-data";

function labelOf(field: DataFieldId): string {
  return PRIVACY_REGISTER.flatMap((c) => c.fields).find((f) => f.id === field)?.label ?? field;
}

export interface KeptItem {
  field: DataFieldId;
  label: string;
  /** The law or reason, from the register. */
  law: string;
  explanation: string;
  /** Deleted at the latest by the retention job at this instant; null when nothing of it exists. */
  until: Date | null;
}

export interface ErasurePreview {
  /** Contracts that are active or about to start: while one is, erasure is not possible. */
  activeContracts: number;
  erased: { field: DataFieldId; label: string }[];
  kept: KeptItem[];
}

/** The instant each kept field's period runs from, taken from the customer's own rows. */
async function referenceDates(owner: Owner, now: Date) {
  const [lastInvoice, lastContract, lastAudit] = await Promise.all([
    db.invoice.findFirst({
      where: { customerId: owner.customerId },
      orderBy: { issuedAt: "desc" },
      select: { issuedAt: true },
    }),
    db.contract.findFirst({
      where: { customerId: owner.customerId },
      orderBy: [{ endDate: { sort: "desc", nulls: "first" } }],
      select: { endDate: true },
    }),
    db.auditLog.findFirst({
      where: { subjectCustomerId: owner.customerId },
      orderBy: { at: "desc" },
      select: { at: true },
    }),
  ]);
  return {
    invoice: lastInvoice?.issuedAt ?? null,
    contract: lastContract ? (lastContract.endDate ?? now) : null,
    audit: lastAudit?.at ?? now,
  };
}

const LAW_FOR: Partial<Record<DataFieldId, string>> = {
  name: "bokføringsloven § 13 og bokføringsforskriften § 5-1-1 (navn og adresse på fakturaen)",
  address: "bokføringsloven § 13 og bokføringsforskriften § 5-1-1 (navn og adresse på fakturaen)",
  invoices: "bokføringsloven § 13 (fakturaer og purringer er primærdokumentasjon, 5 år)",
  payments: "bokføringsloven § 13 (innbetalinger er primærdokumentasjon, 5 år)",
  "customer-number": "bokføringsloven § 13 (kundenummeret står på fakturaene)",
  agreement: "bokføringsloven § 13 (avtaler er sekundærdokumentasjon, 3,5 år)",
  "metering-point": "bokføringsloven § 13 (målepunktet er en del av avtalen, 3,5 år)",
  "privacy-requests": "personvernforordningen artikkel 5 nr. 2 (dokumentere at forespørslene ble besvart)",
  "security-log": "personvernforordningen artikkel 32 (sikkerhetslogg med bare id-er)",
};

/** What erasure would do for this customer now. Null for an unknown customer. */
export async function erasurePreview(customerId: string, now = new Date()): Promise<ErasurePreview | null> {
  const owner = await ownerOf(customerId);
  if (!owner) return null;
  const activeContracts = await db.contract.count({
    where: { customerId, ...supplyingContracts(osloDate(now)) },
  });
  const refs = await referenceDates(owner, now);
  const invoiceCount = await countCustomerRows("Invoice", owner);
  const erased: ErasurePreview["erased"] = [];
  const kept: KeptItem[] = [];
  for (const field of PRIVACY_REGISTER.flatMap((c) => c.fields)) {
    const outcome = ERASURE_OUTCOME[field.id];
    if (outcome === "not-stored") continue;
    if (outcome === "erased" || (KEPT_ON_INVOICES_ONLY.includes(field.id) && invoiceCount === 0)) {
      erased.push({ field: field.id, label: field.label });
      continue;
    }
    if (field.id === "rate-limits") continue;
    const { rule, explanation } = retentionEntryOf(field.id);
    const reference =
      rule.kind === "bookkeeping"
        ? refs.invoice
        : rule.kind === "bookkeeping-secondary"
          ? refs.contract
          : field.id === "security-log"
            ? refs.audit
            : now;
    kept.push({
      field: field.id,
      label: labelOf(field.id),
      law: LAW_FOR[field.id] ?? "",
      explanation,
      until: reference ? retainedUntil(rule, reference) : null,
    });
  }
  return { activeContracts, erased, kept };
}
