// The audit log as administrators read it: the filters /admin/revisjonslogg and its CSV export take
// from the address, and the CSV export's header.
import { z } from "zod";
import { isUuid } from "@/platform/identifiers/uuid";

export const AUDIT_PAGE_SIZE = 50;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A filter value from the address: one string, trimmed, or nothing. */
const param = z.preprocess(
  (value) => (typeof value === "string" && value.trim() ? value.trim() : undefined),
  z.string().max(60).optional(),
);

export interface AuditFilter {
  actorUserId?: string;
  /** A customer's id, or their customer number. */
  customer?: { id: string } | { customerNumber: number };
  /** An action name as stored: rows may carry one no longer written, so any well-formed name filters. */
  action?: string;
  /** Oslo calendar days, inclusive. */
  from?: string;
  to?: string;
}

const ZAuditFilterParams = z.object({
  ansatt: param,
  kunde: param,
  handling: param,
  fra: param,
  til: param,
});

/** The filters from `?ansatt=&kunde=&handling=&fra=&til=`; a value that cannot be one is left out. */
export function auditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const parsed = ZAuditFilterParams.safeParse(params);
  const raw = parsed.success ? parsed.data : {};
  const filter: AuditFilter = {};
  if (isUuid(raw.ansatt)) filter.actorUserId = raw.ansatt.toLowerCase();
  if (isUuid(raw.kunde)) filter.customer = { id: raw.kunde.toLowerCase() };
  else if (raw.kunde && /^\d{1,9}$/.test(raw.kunde)) filter.customer = { customerNumber: Number(raw.kunde) };
  if (raw.handling && /^[a-z0-9.-]+$/.test(raw.handling)) filter.action = raw.handling;
  if (raw.fra && DATE.test(raw.fra) && isCalendarDay(raw.fra)) filter.from = raw.fra;
  if (raw.til && DATE.test(raw.til) && isCalendarDay(raw.til)) filter.to = raw.til;
  return filter;
}

function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** The filters as query parameters again (for the pager and the CSV link). */
export function auditFilterParams(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.actorUserId) params.set("ansatt", filter.actorUserId);
  if (filter.customer) {
    params.set(
      "kunde",
      "id" in filter.customer ? filter.customer.id : String(filter.customer.customerNumber),
    );
  }
  if (filter.action) params.set("handling", filter.action);
  if (filter.from) params.set("fra", filter.from);
  if (filter.to) params.set("til", filter.to);
  return params;
}

export const AUDIT_CSV_HEADER = [
  "id",
  "tid",
  "ansatt_id",
  "rolle",
  "handling",
  "kunde_id",
  "maltype",
  "mal_id",
  "detaljer",
] as const;
