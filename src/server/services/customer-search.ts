import "server-only";
import type { CustomerStatus, Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/server/audit";
import type { StaffSession } from "@/server/auth/guards";
import { db } from "@/server/db";

export const SEARCH_RESULT_LIMIT = 20;

export interface CustomerSearchResult {
  id: string;
  name: string;
  customerNumber: string;
  city: string;
  status: string;
}

export interface CustomerSearchOutcome {
  results: CustomerSearchResult[];
  /** More customers matched than are shown: the query should be narrowed. */
  truncated: boolean;
}

const STATUS_NAMES: Record<CustomerStatus, string> = { ACTIVE: "Aktiv", ENDED: "Avsluttet" };

/** Customer numbers are a Postgres int: longer digit strings cannot be one. */
const MAX_CUSTOMER_NUMBER = 2_147_483_647;

/** "+47 912 34 567", "0047 91234567" and "91234567" all become "91234567". */
function norwegianMobileDigits(query: string): string | null {
  const digits = query.replace(/[\s-]/g, "").replace(/^(\+47|0047)/, "");
  return /^\d{8}$/.test(digits) ? digits : null;
}

/**
 * Prisma hands `contains` and case-insensitive `equals` to PostgreSQL as LIKE/ILIKE patterns without
 * escaping them, so "%" and "_" would be wildcards ("%%" listed every customer). Backslash is
 * PostgreSQL's default LIKE escape.
 */
function literal(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

function matchCustomers(query: string): Prisma.CustomerWhereInput {
  const or: Prisma.CustomerWhereInput[] = [];

  // Every word must appear in the first or last name, so "kari nord" finds Kari Nordmann.
  const words = query.split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    or.push({
      AND: words.map((word) => ({
        OR: [
          { firstName: { contains: literal(word), mode: "insensitive" } },
          { lastName: { contains: literal(word), mode: "insensitive" } },
        ],
      })),
    });
  }

  if (/^\d{1,10}$/.test(query) && Number(query) <= MAX_CUSTOMER_NUMBER) {
    or.push({ customerNumber: Number(query) });
  }
  if (query.includes("@")) {
    or.push({ email: { equals: literal(query), mode: "insensitive" } });
  }
  const mobile = norwegianMobileDigits(query);
  if (mobile) {
    // Stored as typed in the profile ("91234567" or "+4791234567"): match on the last eight digits.
    or.push({ phone: { endsWith: mobile } });
  }
  // An empty OR matches nothing, so a blank query finds no one rather than everyone.
  return { OR: or };
}

/**
 * Customer service's search: by name (any part, any case), customer number, e-mail or mobile.
 * The audit row records who searched and which customers they were shown (ids), never what they
 * typed: the query is often a name or a phone number.
 */
export async function searchCustomers(
  staff: Pick<StaffSession, "userId" | "role">,
  rawQuery: string,
): Promise<CustomerSearchOutcome> {
  const query = rawQuery.trim();
  return db.$transaction(async (tx) => {
    const rows = await tx.customer.findMany({
      where: matchCustomers(query),
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { customerNumber: "asc" }],
      take: SEARCH_RESULT_LIMIT + 1,
      select: { id: true, firstName: true, lastName: true, customerNumber: true, city: true, status: true },
    });
    const truncated = rows.length > SEARCH_RESULT_LIMIT;
    const results = rows.slice(0, SEARCH_RESULT_LIMIT).map((row) => ({
      id: row.id,
      name: `${row.firstName} ${row.lastName}`,
      customerNumber: String(row.customerNumber),
      city: row.city,
      status: STATUS_NAMES[row.status],
    }));
    await writeAudit(tx, {
      actorUserId: staff.userId,
      actorRole: staff.role,
      action: "customer.search",
      metadata: { resultCount: results.length, truncated, customerIds: results.map((result) => result.id) },
    });
    return { results, truncated };
  });
}
