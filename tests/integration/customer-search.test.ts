import { notFound } from "next/navigation";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { searchCustomersAction } from "@/app/admin/actions";
import { db } from "@/server/db";
import { SEARCH_RESULT_LIMIT, searchCustomers } from "@/server/services/customer-search";
import { asText } from "../support/as-text";
import { createCustomer, createUser } from "../support/factories";

// The action's own guard is the auth engineer's; here it stands in for a signed-in staff member,
// or for a visitor it turns away (by throwing, as notFound() and redirect() do).
const guard = vi.hoisted(() => ({ requireStaff: vi.fn() }));
vi.mock("@/server/auth/guards", () => guard);

let staff: { userId: string; role: "SUPPORT" };
async function searchAuditRows() {
  return db.auditLog.findMany({ where: { action: "customer.search" }, orderBy: { id: "asc" } });
}

describe("customer search", () => {
  let ingrid: { id: string; customerNumber: number };

  beforeAll(async () => {
    const user = await createUser({ role: "SUPPORT" });
    staff = { userId: user.id, role: "SUPPORT" };
    guard.requireStaff.mockResolvedValue({ sessionId: "test-session", ...staff });
    await createCustomer({
      firstName: "Kari",
      lastName: "Nordmann",
      email: "kari.nordmann@example.com",
      phone: "+4791234567",
    });
    await createCustomer({ firstName: "Ola", lastName: "Nordmann" });
    ingrid = await createCustomer({ firstName: "Ingrid", lastName: "Johansen" });
  });

  it("finds customers by any part of the name, in any case, and shows no national ID", async () => {
    const { results, truncated } = await searchCustomers(staff, "NORDMANN");
    expect(results.map((r) => r.name)).toEqual(["Kari Nordmann", "Ola Nordmann"]);
    expect(truncated).toBe(false);
    expect(Object.keys(results[0] ?? {}).sort()).toEqual(["city", "customerNumber", "id", "name", "status"]);
    expect(JSON.stringify(results)).not.toMatch(/ciphertext|hash-/);

    expect((await searchCustomers(staff, "kari nord")).results.map((r) => r.name)).toEqual(["Kari Nordmann"]);
  });

  it("finds a customer by customer number, e-mail or mobile number", async () => {
    const byNumber = await searchCustomers(staff, String(ingrid.customerNumber));
    expect(byNumber.results).toEqual([
      {
        id: ingrid.id,
        name: "Ingrid Johansen",
        customerNumber: String(ingrid.customerNumber),
        city: "Oslo",
        status: "Aktiv",
      },
    ]);
    expect((await searchCustomers(staff, "Kari.Nordmann@Example.com")).results.map((r) => r.name)).toEqual([
      "Kari Nordmann",
    ]);
    expect((await searchCustomers(staff, "+47 912 34 567")).results.map((r) => r.name)).toEqual([
      "Kari Nordmann",
    ]);
    expect((await searchCustomers(staff, "   ")).results).toEqual([]);
  });

  it("treats % and _ in a query as literal text, not as wildcards that list every customer", async () => {
    for (const query of ["%%", "__", "%@%", "_@_", "%a%", "\\%"]) {
      expect((await searchCustomers(staff, query)).results, query).toEqual([]);
    }
    const perOlsen = await createCustomer({
      firstName: "Per",
      lastName: "Olsen",
      email: "per_olsen@example.com",
    });
    await createCustomer({ firstName: "Pål", lastName: "Olsen", email: "per-olsen@example.com" });
    expect((await searchCustomers(staff, "PER_OLSEN@example.com")).results.map((r) => r.id)).toEqual([
      perOlsen.id,
    ]);
  });

  it("P20: writes exactly one audit row per search, with the staff user and without the query text", async () => {
    const before = (await searchAuditRows()).length;
    const { results } = await searchCustomers(staff, "Nordmann");
    const rows = await searchAuditRows();
    expect(rows).toHaveLength(before + 1);
    const row = rows.at(-1);
    expect(row).toMatchObject({
      actorUserId: staff.userId,
      actorRole: "SUPPORT",
      action: "customer.search",
      subjectCustomerId: null,
      metadata: { resultCount: 2, truncated: false, customerIds: results.map((r) => r.id) },
    });
    expect(results.map((r) => r.name)).toEqual(["Kari Nordmann", "Ola Nordmann"]);
    expect(asText(row ?? {})).not.toMatch(/nordmann/i);
  });

  it(`returns at most ${SEARCH_RESULT_LIMIT} customers and says when there were more`, async () => {
    for (let i = 0; i < SEARCH_RESULT_LIMIT + 1; i++)
      await createCustomer({ firstName: `Per${i}`, lastName: "Mangesen" });
    const { results, truncated } = await searchCustomers(staff, "mangesen");
    expect(results).toHaveLength(SEARCH_RESULT_LIMIT);
    expect(truncated).toBe(true);
    expect((await searchAuditRows()).at(-1)?.metadata).toEqual({
      resultCount: SEARCH_RESULT_LIMIT,
      truncated: true,
      customerIds: results.map((r) => r.id),
    });
  });

  describe("the search action", () => {
    function form(q: string) {
      const data = new FormData();
      data.set("q", q);
      return data;
    }

    it("checks the staff role before it reads the form or searches", async () => {
      const before = (await searchAuditRows()).length;
      guard.requireStaff.mockImplementationOnce(async () => notFound());
      await expect(searchCustomersAction(null, form("Nordmann"))).rejects.toMatchObject({
        digest: "NEXT_HTTP_ERROR_FALLBACK;404",
      });
      expect(await searchAuditRows()).toHaveLength(before);
    });

    it("answers a too short or a 10,000-character query with a field error, not an exception", async () => {
      const before = (await searchAuditRows()).length;
      const short = await searchCustomersAction(null, form("a"));
      expect(short).toMatchObject({ ok: false, fieldErrors: { q: ["Skriv minst 2 tegn."] } });

      const long = await searchCustomersAction(null, form("x".repeat(10_000)));
      expect(long).toMatchObject({ ok: false, fieldErrors: { q: ["Søket kan være høyst 100 tegn."] } });
      expect(long?.ok === false && long.values?.q).toHaveLength(100);

      const missing = await searchCustomersAction(null, new FormData());
      expect(missing).toMatchObject({ ok: false, fieldErrors: { q: [expect.any(String)] } });
      expect(await searchAuditRows()).toHaveLength(before);
    });

    it("returns the results with a message for the live region", async () => {
      const state = await searchCustomersAction(null, form("  johansen "));
      expect(state).toMatchObject({
        ok: true,
        message: "Fant 1 kunde.",
        query: "johansen",
        truncated: false,
        results: [{ name: "Ingrid Johansen" }],
      });
    });
  });
});
