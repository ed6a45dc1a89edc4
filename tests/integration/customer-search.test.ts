import { notFound } from "next/navigation";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { searchCustomersAction } from "@/app/admin/actions";
import { revealNationalIdAction } from "@/app/admin/kunder/[id]/actions";
import {
  foldForSearch,
  SEARCH_MATCH_CAP,
  SEARCH_PAGE_SIZE,
} from "@/features/customers/domain/customer-search";
import { searchCustomers } from "@/features/customers/server/customer-search";
import { viewCustomer } from "@/features/customers/server/customer-view";
import { revealNationalId } from "@/features/customers/server/national-id-reveal";
import { encryptNationalId, nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { syntheticNationalId } from "@/platform/identifiers/national-id";
import { asText } from "../support/as-text";
import {
  createConsentRecord,
  createContract,
  createCustomer,
  createMeteringPoint,
  createSupplyPeriod,
  createUser,
} from "../support/factories";

// The action's own guard is the auth engineer's; here it stands in for a signed-in staff member,
// or for a visitor it turns away (by throwing, as notFound() and redirect() do).
const guard = vi.hoisted(() => ({ requireStaff: vi.fn() }));
vi.mock("@/features/sign-in/server/guards", () => guard);
// The actions reach the guards through src/features/sign-in/routes.ts, which also exports next-auth.
vi.mock("@/features/sign-in/server/config", () => ({}));

const NATIONAL_ID = syntheticNationalId({ y: 1990, m: 1, d: 1 }, 124);
const REASON = "inquiry" as const;

let staff: { userId: string; role: "SUPPORT" };
const search = (q: string, page = 1) => searchCustomers(staff, { q, reason: REASON, page });
const names = async (q: string) => (await search(q)).results.map((r) => r.name);
async function auditRows(action: string) {
  return db.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });
}

describe("customer search", () => {
  let kari: { id: string; customerNumber: number };
  let ingrid: { id: string; customerNumber: number };
  let point: { gsrn: string; meterNumber: string };

  beforeAll(async () => {
    const user = await createUser({ role: "SUPPORT" });
    staff = { userId: user.id, role: "SUPPORT" };
    guard.requireStaff.mockResolvedValue({ sessionId: "test-session", ...staff });
    kari = await createCustomer({
      firstName: "Kari",
      lastName: "Nordmann",
      email: "Kari.Nordmann@example.com",
      phone: "+4791234567",
      nationalIdCiphertext: encryptNationalId(NATIONAL_ID),
      nationalIdHash: nationalIdBlindIndex(NATIONAL_ID),
    });
    await createCustomer({ firstName: "Ola", lastName: "Nordmann" });
    ingrid = await createCustomer({ firstName: "Ingrid", lastName: "Johansen" });
    await createCustomer({ firstName: "Pål", lastName: "Ærø" });
    await createCustomer({ firstName: "Søren", lastName: "Østbø" });
    await createCustomer({ firstName: "José", lastName: "Müller" });
    point = await createMeteringPoint(ingrid.id);
  });

  it("the database folds names exactly as the search query is folded", async () => {
    const samples = [
      "Pål",
      "ÆRØ",
      "Søren Østbø",
      "José Müller",
      "Ŧest",
      "Åse-Marie D'Angelo",
      "Straße",
      "ČŠŽ",
    ];
    for (const sample of samples) {
      const [row] = await db.$queryRaw<
        { folded: string }[]
      >`SELECT customer_search_fold(${sample}) AS folded`;
      expect(row?.folded, sample).toBe(foldForSearch(sample));
    }
  });

  it("finds customers by a first or last name or a part of one, in any case, with or without diacritics", async () => {
    expect(await names("NORDMANN")).toEqual(["Kari Nordmann", "Ola Nordmann"]);
    expect(await names("nord")).toEqual(["Kari Nordmann", "Ola Nordmann"]);
    expect(await names("kari nord")).toEqual(["Kari Nordmann"]);
    expect(await names("pal")).toEqual(["Pål Ærø"]);
    expect(await names("PÅL aero")).toEqual(["Pål Ærø"]);
    expect(await names("soren ostbo")).toEqual(["Søren Østbø"]);
    expect(await names("jose muller")).toEqual(["José Müller"]);
    // Three letters or more match inside a name (trigram index); one or two only a name's start.
    expect(await names("ordmann")).toEqual(["Kari Nordmann", "Ola Nordmann"]);
    expect(await names("kari ordm")).toEqual(["Kari Nordmann"]);
    expect(await names("or")).toEqual([]);
  });

  it("finds a double surname by either part, with a space or a hyphen between them", async () => {
    await createCustomer({ firstName: "Tone", lastName: "Berg Hansen" });
    await createCustomer({ firstName: "Tore", lastName: "Lie-Olsen" });
    // Inside a word too: Johansen has "hansen" in it.
    expect(await names("hansen")).toEqual(["Tone Berg Hansen", "Ingrid Johansen"]);
    expect(await names("tone hansen")).toEqual(["Tone Berg Hansen"]);
    expect(await names("berg")).toEqual(["Tone Berg Hansen"]);
    expect(await names("olsen")).toEqual(["Tore Lie-Olsen"]);
    expect(await names("tore olsen")).toEqual(["Tore Lie-Olsen"]);
    expect(await names("lie-olsen")).toEqual(["Tore Lie-Olsen"]);
    expect(await names("LIE OLSEN")).toEqual(["Tore Lie-Olsen"]);
  });

  it("finds a customer by customer number, e-mail, mobile, national ID, metering point ID or meter number", async () => {
    expect((await search(String(ingrid.customerNumber))).results).toEqual([
      {
        id: ingrid.id,
        name: "Ingrid Johansen",
        customerNumber: ingrid.customerNumber,
        city: "Oslo",
        status: "ACTIVE",
      },
    ]);
    expect(await names("kari.nordmann@EXAMPLE.com")).toEqual(["Kari Nordmann"]);
    expect(await names("kari.nordmann@example.co")).toEqual([]);
    expect(await names("+47 912 34 567")).toEqual(["Kari Nordmann"]);
    expect(await names("912 34 567")).toEqual(["Kari Nordmann"]);
    expect(await names(`${NATIONAL_ID.slice(0, 6)} ${NATIONAL_ID.slice(6)}`)).toEqual(["Kari Nordmann"]);
    // Exact only: a national ID that differs in one digit finds no one.
    expect(await names(syntheticNationalId({ y: 1990, m: 1, d: 2 }, 124))).toEqual([]);
    expect(await names(point.gsrn)).toEqual(["Ingrid Johansen"]);
    expect(await names(point.meterNumber)).toEqual(["Ingrid Johansen"]);
    expect((await search("   ")).results).toEqual([]);
  });

  it("lists matches in Norwegian name order, and says when there were too many to list", async () => {
    for (const lastName of ["Åsen", "Zahl", "Østby", "Ærlig", "Berg"])
      await createCustomer({ firstName: "Sortering", lastName });
    expect(await names("sortering")).toEqual([
      "Sortering Berg",
      "Sortering Zahl",
      "Sortering Ærlig",
      "Sortering Østby",
      "Sortering Åsen",
    ]);
    await db.customer.createMany({
      data: Array.from({ length: SEARCH_MATCH_CAP + 1 }, (_, i) => ({
        firstName: "Mange",
        lastName: `Capsen${i}`,
        email: `capsen${i}@example.com`,
        phone: "40000000",
        street: "Testveien 1",
        postalCode: "0150",
        city: "Oslo",
        nationalIdCiphertext: "-",
        nationalIdHash: `capsen-${i}`,
      })),
    });
    const outcome = await search("capsen");
    expect(outcome).toMatchObject({
      capped: true,
      total: SEARCH_MATCH_CAP,
      pageCount: SEARCH_MATCH_CAP / SEARCH_PAGE_SIZE,
    });
    expect(outcome.results).toHaveLength(SEARCH_PAGE_SIZE);
  });

  it("treats % and _ in a query as literal text, not as wildcards that list every customer", async () => {
    for (const query of ["%%", "__", "%@%", "_@_", "%a%", "\\%"]) {
      expect((await search(query)).results, query).toEqual([]);
    }
    const perOlsen = await createCustomer({
      firstName: "Per",
      lastName: "Olsen",
      email: "per_olsen@example.com",
    });
    await createCustomer({ firstName: "Pål", lastName: "Olsen", email: "per-olsen@example.com" });
    expect((await search("PER_OLSEN@example.com")).results.map((r) => r.id)).toEqual([perOlsen.id]);
  });

  it(`pages results ${SEARCH_PAGE_SIZE} at a time`, async () => {
    for (let i = 0; i < SEARCH_PAGE_SIZE + 3; i++)
      await createCustomer({ firstName: `Per${i}`, lastName: "Mangesen" });
    const first = await search("mangesen");
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: SEARCH_PAGE_SIZE + 3, capped: false });
    expect(first.results).toHaveLength(SEARCH_PAGE_SIZE);
    const second = await search("mangesen", 2);
    expect(second.results).toHaveLength(3);
    expect(new Set([...first.results, ...second.results].map((r) => r.id)).size).toBe(SEARCH_PAGE_SIZE + 3);
    // A page past the end shows the last page.
    expect((await search("mangesen", 99)).page).toBe(2);
  });

  it("P20: audits each search with the keys tried and the reason, and each customer shown, never the query", async () => {
    const before = (await auditRows("customer.search")).length;
    const hitsBefore = (await auditRows("customer.search.result")).length;
    const { results } = await search(NATIONAL_ID);
    const rows = await auditRows("customer.search");
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      actorUserId: staff.userId,
      actorRole: "SUPPORT",
      subjectCustomerId: null,
      metadata: { reason: REASON, keys: ["national-id"], total: 1, customerIds: [kari.id] },
    });
    const hits = (await auditRows("customer.search.result")).slice(hitsBefore);
    expect(hits.map((h) => [h.subjectCustomerId, h.actorUserId])).toEqual([[kari.id, staff.userId]]);
    expect(hits[0]?.metadata).toMatchObject({ reason: REASON });
    expect(results.map((r) => r.id)).toEqual([kari.id]);
    const text = asText([rows.at(-1), hits]);
    expect(text).not.toContain(NATIONAL_ID);
    expect(text).not.toMatch(/nordmann/i);
  });

  describe("the customer view", () => {
    it("P20: shows the customer with a masked national ID and audits the view with its reason", async () => {
      const mp = await createMeteringPoint(kari.id);
      await createContract(kari.id, mp.id);
      await createSupplyPeriod(kari.id, mp.id, "2025-01-01");
      await createConsentRecord({ customerId: kari.id, statistics: true, marketing: false });
      await db.consumptionReading.create({
        data: {
          meteringPointId: mp.id,
          // The last whole hour: readings start on their interval's boundary.
          intervalStart: new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000),
          resolution: "PT1H",
          kwh: "2.5",
        },
      });
      const { id: inquiryId } = await db.inquiry.create({
        data: { customerId: kari.id, subject: "Faktura" },
        select: { id: true },
      });

      const restrictedAt = new Date("2026-11-01T09:00:00Z");
      await db.customer.update({ where: { id: kari.id }, data: { restrictedAt } });

      const view = await viewCustomer(staff, kari.id, "privacy-request");
      expect(view).toMatchObject({
        name: "Kari Nordmann",
        nationalIdMasked: `${NATIONAL_ID.slice(0, 6)} *****`,
        consent: { statistics: true, marketing: false },
        // P25: staff see the restriction (and objections) of the customer they look at.
        restrictedAt,
        marketingObjectedAt: null,
        inquiries: [{ id: inquiryId, subject: "Faktura" }],
      });
      expect(view?.meteringPoints.find((p) => p.gsrn === mp.gsrn)).toMatchObject({ kwhLast30Days: 3 });
      expect(view?.contracts).toHaveLength(1);
      const text = asText(view ?? {});
      expect(text).not.toContain(NATIONAL_ID);
      expect(text).not.toMatch(/ciphertext|passwordHash|\$argon2/);

      const row = (await auditRows("customer.view")).at(-1);
      expect(row).toMatchObject({
        actorUserId: staff.userId,
        subjectCustomerId: kari.id,
        metadata: {
          reason: "privacy-request",
          shown: expect.arrayContaining(["contact", "national-id.masked"]),
        },
      });
      expect(await viewCustomer(staff, "00000000-0000-7000-8000-000000000000", REASON)).toBeNull();
    });

    it("lists the points of the customer's own supply periods with their dates, also one already handed to the next tenant", async () => {
      const nationalIdCiphertext = encryptNationalId(NATIONAL_ID);
      const leaving = await createCustomer({ nationalIdCiphertext });
      const arriving = await createCustomer({ nationalIdCiphertext });
      // A move reported ahead hands MeteringPoint.customerId over on the day it is confirmed.
      const shared = await createMeteringPoint(arriving.id);
      await createSupplyPeriod(leaving.id, shared.id, "2025-06-01", "2026-12-15");
      await createSupplyPeriod(arriving.id, shared.id, "2026-12-15");
      // Linked to the customer, but never supplied: not theirs to list.
      await createMeteringPoint(leaving.id);

      expect((await viewCustomer(staff, leaving.id, REASON))?.meteringPoints).toEqual([
        expect.objectContaining({
          gsrn: shared.gsrn,
          supplied: [{ from: new Date("2025-06-01"), to: new Date("2026-12-15") }],
        }),
      ]);
      expect((await viewCustomer(staff, arriving.id, REASON))?.meteringPoints).toEqual([
        expect.objectContaining({
          gsrn: shared.gsrn,
          supplied: [{ from: new Date("2026-12-15"), to: null }],
        }),
      ]);
    });

    it("P20: reveals the full national ID only on request, audited with the reason and without the number", async () => {
      expect(await revealNationalId(staff, { customerId: kari.id, reason: "onboarding-review" })).toEqual({
        ok: true,
        nationalId: NATIONAL_ID,
      });
      const row = (await auditRows("customer.national-id.reveal")).at(-1);
      expect(row).toMatchObject({
        actorUserId: staff.userId,
        subjectCustomerId: kari.id,
        metadata: { reason: "onboarding-review", shown: ["national-id"] },
      });
      expect(asText(row ?? {})).not.toContain(NATIONAL_ID);
    });
  });

  describe("the actions", () => {
    function form(fields: Record<string, string>) {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) data.set(name, value);
      return data;
    }

    it("check the staff role before they read the form, search or reveal", async () => {
      const searches = (await auditRows("customer.search")).length;
      const reveals = (await auditRows("customer.national-id.reveal")).length;
      guard.requireStaff.mockImplementationOnce(async () => notFound());
      await expect(
        searchCustomersAction(null, form({ q: "Nordmann", reason: REASON })),
      ).rejects.toMatchObject({
        digest: "NEXT_HTTP_ERROR_FALLBACK;404",
      });
      guard.requireStaff.mockImplementationOnce(async () => notFound());
      await expect(
        revealNationalIdAction(null, form({ customerId: kari.id, reason: REASON })),
      ).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
      expect(await auditRows("customer.search")).toHaveLength(searches);
      expect(await auditRows("customer.national-id.reveal")).toHaveLength(reveals);
    });

    it("answer a missing reason, a too short or a 10,000-character query with field errors", async () => {
      const before = (await auditRows("customer.search")).length;
      expect(await searchCustomersAction(null, form({ q: "Nordmann" }))).toMatchObject({
        ok: false,
        fieldErrors: { reason: ["Velg hvorfor du trenger opplysningene."] },
      });
      expect(await searchCustomersAction(null, form({ q: "a", reason: REASON }))).toMatchObject({
        ok: false,
        fieldErrors: { q: ["Skriv minst 2 tegn, eller et kundenummer."] },
      });
      const long = await searchCustomersAction(null, form({ q: "x".repeat(10_000), reason: REASON }));
      expect(long).toMatchObject({ ok: false, fieldErrors: { q: ["Søket kan være høyst 100 tegn."] } });
      expect(long?.ok === false && long.values?.q).toHaveLength(100);
      expect(await auditRows("customer.search")).toHaveLength(before);
    });

    it("return the results and the page with a message for the live region", async () => {
      const state = await searchCustomersAction(null, form({ q: "  johansen ", reason: REASON, page: "1" }));
      expect(state).toMatchObject({
        ok: true,
        message: "Fant 1 kunde.",
        query: "johansen",
        reason: REASON,
        page: 1,
        pageCount: 1,
        results: [{ name: "Ingrid Johansen" }],
      });
    });

    it("reveal gives the number to the form that asked, with its reason", async () => {
      expect(
        await revealNationalIdAction(null, form({ customerId: kari.id, reason: "invoice" })),
      ).toMatchObject({
        ok: true,
        nationalId: NATIONAL_ID,
      });
      expect(await revealNationalIdAction(null, form({ customerId: kari.id }))).toMatchObject({
        ok: false,
        fieldErrors: { reason: [expect.any(String)] },
      });
    });
  });
});
