import "server-only";
import {
  type AccessReason,
  prefixUpperBound,
  SEARCH_PAGE_SIZE,
  type SearchKeyName,
  type SearchKeys,
  searchKeys,
} from "@/domain/customer-search";
import type { CustomerStatus, Prisma } from "@/generated/prisma/client";
import { writeAudit, writeAuditRows } from "@/server/audit";
import type { StaffSession } from "@/server/auth/guards";
import { db } from "@/server/db";
import { nationalIdBlindIndex } from "@/server/security/national-id";

export interface CustomerSearchResult {
  id: string;
  name: string;
  customerNumber: string;
  city: string;
  status: string;
}

export interface CustomerSearchOutcome {
  results: CustomerSearchResult[];
  page: number;
  pageCount: number;
  total: number;
}

export const STATUS_NAMES: Record<CustomerStatus, string> = { ACTIVE: "Aktiv", ENDED: "Avsluttet" };

/** Word prefixes of the folded first or last name, as btree ranges (see prefixUpperBound). */
function namePrefix(word: string): Prisma.CustomerWhereInput {
  const range = { gte: word, lt: prefixUpperBound(word) };
  return { OR: [{ searchFirstName: range }, { searchLastName: range }] };
}

function matchCustomers(keys: SearchKeys): { where: Prisma.CustomerWhereInput; used: SearchKeyName[] } {
  const or: Prisma.CustomerWhereInput[] = [];
  const used: SearchKeyName[] = [];
  const add = (key: SearchKeyName, where: Prisma.CustomerWhereInput) => {
    or.push(where);
    used.push(key);
  };
  // Every word must start the first or the last name, so "kari nord" finds Kari Nordmann.
  if (keys.nameWords.length > 0) add("name", { AND: keys.nameWords.map(namePrefix) });
  if (keys.customerNumber !== null) add("customer-number", { customerNumber: keys.customerNumber });
  if (keys.email) add("email", { searchEmail: keys.email });
  if (keys.phone) add("phone", { searchPhone: keys.phone });
  if (keys.nationalId) add("national-id", { nationalIdHash: nationalIdBlindIndex(keys.nationalId) });
  if (keys.gsrn) add("gsrn", { meteringPoints: { some: { gsrn: keys.gsrn } } });
  if (keys.meterNumber) add("meter-number", { meteringPoints: { some: { meterNumber: keys.meterNumber } } });
  // An empty OR matches nothing, so a blank query finds no one rather than everyone.
  return { where: { OR: or }, used };
}

/**
 * Customer service's search: by name (word prefixes, any case, diacritics folded), customer number,
 * e-mail, mobile, national ID (through its keyed hash), metering point ID or meter number; paged.
 * Audited without what was typed (often a name, a phone or a national ID): one row for the search,
 * with the keys tried and the reason given, and one per customer shown, so each customer's
 * "who has looked at my data" finds it by subjectCustomerId.
 */
export async function searchCustomers(
  staff: Pick<StaffSession, "userId" | "role">,
  input: { q: string; reason: AccessReason; page?: number },
): Promise<CustomerSearchOutcome> {
  const { where, used } = matchCustomers(searchKeys(input.q));
  return db.$transaction(async (tx) => {
    const total = await tx.customer.count({ where });
    const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
    const page = Math.min(Math.max(input.page ?? 1, 1), pageCount);
    const rows =
      total === 0
        ? []
        : await tx.customer.findMany({
            where,
            orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { customerNumber: "asc" }],
            skip: (page - 1) * SEARCH_PAGE_SIZE,
            take: SEARCH_PAGE_SIZE,
            select: {
              id: true,
              firstName: true,
              lastName: true,
              customerNumber: true,
              city: true,
              status: true,
            },
          });
    const results = rows.map((row) => ({
      id: row.id,
      name: `${row.firstName} ${row.lastName}`,
      customerNumber: String(row.customerNumber),
      city: row.city,
      status: STATUS_NAMES[row.status],
    }));
    const base = { actorUserId: staff.userId, actorRole: staff.role } as const;
    await writeAudit(tx, {
      ...base,
      action: "customer.search",
      metadata: {
        reason: input.reason,
        keys: used,
        page,
        total,
        resultCount: results.length,
        customerIds: results.map((result) => result.id),
      },
    });
    await writeAuditRows(
      tx,
      results.map((result) => ({
        ...base,
        action: "customer.search.result",
        subjectCustomerId: result.id,
        targetType: "Customer",
        targetId: result.id,
        metadata: { reason: input.reason, shown: ["name", "customer-number", "city", "status"] },
      })),
    );
    return { results, page, pageCount, total };
  });
}
