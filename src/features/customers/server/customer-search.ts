import "server-only";
import { writeAuditRows } from "@/features/audit/server";
import { customerStatusOn } from "@/features/contracts";
import type { StaffSession } from "@/features/sign-in/server";
import type { Prisma } from "@/generated/prisma/client";
import { nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import type { CustomerStatus } from "@/platform/format/labels";
import { osloDate } from "@/platform/time/oslo-calendar";
import {
  type AccessReason,
  MIN_SUBSTRING_LENGTH,
  prefixUpperBound,
  SEARCH_MATCH_CAP,
  SEARCH_PAGE_SIZE,
  type SearchKeyName,
  type SearchKeys,
  searchKeys,
} from "../domain/customer-search";

export interface CustomerSearchResult {
  id: string;
  name: string;
  customerNumber: number;
  city: string;
  /** As the dates give it today (the nightly job may not have run). */
  status: CustomerStatus;
}

export interface CustomerSearchOutcome {
  results: CustomerSearchResult[];
  page: number;
  pageCount: number;
  total: number;
  /** More than SEARCH_MATCH_CAP matched: only that many are listed, and the query should be narrowed. */
  capped: boolean;
}

const NORWEGIAN = new Intl.Collator("nb");

function byName(
  a: { lastName: string; firstName: string; customerNumber: number },
  b: { lastName: string; firstName: string; customerNumber: number },
): number {
  return (
    NORWEGIAN.compare(a.lastName, b.lastName) ||
    NORWEGIAN.compare(a.firstName, b.firstName) ||
    a.customerNumber - b.customerNumber
  );
}

/**
 * One word of a name query. Three letters or more match anywhere in the folded full name, through
 * its trigram index ("hansen" finds Berg Hansen, "olsen" Lie-Olsen, "anse" both); a shorter word has
 * no trigram to look up, so it matches the start of the first or last name by btree range instead.
 */
function nameWord(word: string): Prisma.CustomerWhereInput {
  if (word.length >= MIN_SUBSTRING_LENGTH) {
    // Prisma passes LIKE's wildcards through: escaped, so "%" and "_" are literal text.
    return { searchName: { contains: word.replace(/[%_\\]/g, "\\$&") } };
  }
  const range = { gte: word, lt: prefixUpperBound(word) };
  return { OR: [{ searchFirstName: range }, { searchLastName: range }] };
}

/**
 * The customers whose metering point has the metering point ID or meter number: looked up first, by
 * the metering point's own indexes, because an EXISTS inside the OR below would make PostgreSQL scan
 * every customer.
 */
async function customersByMeteringPoint(tx: Prisma.TransactionClient, keys: SearchKeys): Promise<string[]> {
  const or: Prisma.MeteringPointWhereInput[] = [];
  if (keys.gsrn) or.push({ gsrn: keys.gsrn });
  if (keys.meterNumber) or.push({ meterNumber: keys.meterNumber });
  if (or.length === 0) return [];
  const points = await tx.meteringPoint.findMany({
    where: { OR: or, customerId: { not: null } },
    select: { customerId: true },
    take: 100,
  });
  return points.map((point) => point.customerId).filter((id): id is string => id !== null);
}

function matchCustomers(
  keys: SearchKeys,
  byMeteringPoint: string[],
): { where: Prisma.CustomerWhereInput; used: SearchKeyName[] } {
  const or: Prisma.CustomerWhereInput[] = [];
  const used: SearchKeyName[] = [];
  const add = (key: SearchKeyName, where: Prisma.CustomerWhereInput) => {
    or.push(where);
    used.push(key);
  };
  // Every word must be in the name, so "kari nord" finds Kari Nordmann and "hansen" Ola Berg Hansen.
  if (keys.nameWords.length > 0) add("name", { AND: keys.nameWords.map(nameWord) });
  if (keys.customerNumber !== null) add("customer-number", { customerNumber: keys.customerNumber });
  if (keys.email) add("email", { searchEmail: keys.email });
  if (keys.phone) add("phone", { searchPhone: keys.phone });
  if (keys.nationalId) add("national-id", { nationalIdHash: nationalIdBlindIndex(keys.nationalId) });
  if (keys.gsrn) used.push("gsrn");
  if (keys.meterNumber) used.push("meter-number");
  if (byMeteringPoint.length > 0) or.push({ id: { in: byMeteringPoint } });
  // An empty OR matches nothing, so a blank query finds no one rather than everyone.
  return { where: { OR: or }, used };
}

/**
 * Customer service's search: by name (any part of it, any case, diacritics folded), customer number,
 * e-mail, mobile, national ID (through its keyed hash), metering point ID or meter number; paged.
 * Audited without what was typed (often a name, a phone or a national ID): one row for the search,
 * with the keys tried and the reason given, and one per customer shown, so each customer's
 * "who has looked at my data" finds it by subjectCustomerId.
 */
export async function searchCustomers(
  staff: Pick<StaffSession, "userId" | "role">,
  input: { q: string; reason: AccessReason; page?: number },
  now = new Date(),
): Promise<CustomerSearchOutcome> {
  const keys = searchKeys(input.q);
  const today = osloDate(now);
  return db.$transaction(async (tx) => {
    const { where, used } = matchCustomers(keys, await customersByMeteringPoint(tx, keys));
    // All matches' sort keys first, unordered, so PostgreSQL can combine the key indexes; ordering
    // in the query would make it walk the name index instead. Sorted here, in Norwegian order.
    const matches = await tx.customer.findMany({
      where,
      take: SEARCH_MATCH_CAP + 1,
      select: { id: true, firstName: true, lastName: true, customerNumber: true },
    });
    const capped = matches.length > SEARCH_MATCH_CAP;
    const sorted = matches.slice(0, SEARCH_MATCH_CAP).sort(byName);
    const total = sorted.length;
    const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
    const page = Math.min(Math.max(input.page ?? 1, 1), pageCount);
    const pageIds = sorted.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE).map((row) => row.id);
    const details = new Map(
      (
        await tx.customer.findMany({
          where: { id: { in: pageIds } },
          select: {
            id: true,
            firstName: true,
            lastName: true,
            customerNumber: true,
            city: true,
            status: true,
            // The status shown is the one the dates give today (the daily job may not have run).
            contracts: { select: { status: true, startDate: true, endDate: true } },
            supplyPeriods: { select: { toDate: true } },
          },
        })
      ).map((row) => [row.id, row]),
    );
    const results = pageIds.flatMap((id) => {
      const row = details.get(id);
      return row
        ? [
            {
              id: row.id,
              name: `${row.firstName} ${row.lastName}`,
              customerNumber: row.customerNumber,
              city: row.city,
              status: customerStatusOn(row, today),
            },
          ]
        : [];
    });
    await auditSearch(tx, staff, input.reason, used, { results, page, total, capped });
    return { results, page, pageCount, total, capped };
  });
}

/**
 * One statement for the search's row, with the keys tried but never what was typed, and one row per
 * customer shown, so each customer's "who has looked at my data" finds it by subjectCustomerId.
 */
async function auditSearch(
  tx: Prisma.TransactionClient,
  staff: Pick<StaffSession, "userId" | "role">,
  reason: AccessReason,
  used: SearchKeyName[],
  { results, page, total, capped }: Omit<CustomerSearchOutcome, "pageCount">,
): Promise<void> {
  const base = { actorUserId: staff.userId, actorRole: staff.role } as const;
  await writeAuditRows(tx, [
    {
      ...base,
      action: "customer.search",
      metadata: {
        reason,
        keys: used,
        page,
        total,
        capped,
        resultCount: results.length,
        customerIds: results.map((result) => result.id),
      },
    },
    ...results.map((result) => ({
      ...base,
      action: "customer.search.result" as const,
      subjectCustomerId: result.id,
      targetType: "Customer",
      targetId: result.id,
      metadata: { reason, shown: ["name", "customer-number", "city", "status"] },
    })),
  ]);
}
