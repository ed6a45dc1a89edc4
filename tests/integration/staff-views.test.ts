import { beforeAll, describe, expect, it } from "vitest";
import { STAFF_VIEWS_PAGE_SIZE, staffViewsPageParam } from "@/features/privacy";
import { latestStaffViews, listStaffViews, staffViewsPage } from "@/features/privacy/server/staff-views";
import { db } from "@/platform/db";
import { createCustomer, createUser } from "../support/factories";

// "Hvem har sett på mine opplysninger" bounded: the Personvern page reads the newest few and the count,
// the full list comes a page at a time, and each customer sees only their own looks.
const LOOKS = 120;
const START = Date.parse("2026-01-05T08:00:00Z");

let kari: { customerId: string };
let ola: { customerId: string };
/** Kari's audit row ids, newest first (one look a minute, so time order is unambiguous). */
let kariNewestFirst: string[];

beforeAll(async () => {
  const support = await createUser({ role: "SUPPORT" });
  kari = { customerId: (await createCustomer()).id };
  ola = { customerId: (await createCustomer()).id };
  const at = (minute: number) => new Date(START + minute * 60_000);
  await db.auditLog.createMany({
    data: Array.from({ length: LOOKS }, (_, minute) => ({
      actorUserId: support.id,
      actorRole: "SUPPORT" as const,
      action: minute % 2 ? "customer.search" : "customer.view",
      subjectCustomerId: kari.customerId,
      metadata: { reason: "inquiry" },
      at: at(minute),
    })),
  });
  // Ola's looks are the newest in the log, and Kari's own actions are not staff looks: neither may show.
  await db.auditLog.createMany({
    data: [
      {
        actorUserId: support.id,
        actorRole: "SUPPORT",
        action: "customer.view",
        subjectCustomerId: ola.customerId,
        at: at(LOOKS + 5),
      },
      {
        actorUserId: support.id,
        actorRole: "ADMIN",
        action: "invoice.view",
        subjectCustomerId: ola.customerId,
        at: at(LOOKS + 6),
      },
      {
        actorRole: "CUSTOMER",
        action: "privacy.export.access-report",
        subjectCustomerId: kari.customerId,
        at: at(LOOKS + 7),
      },
    ],
  });
  const rows = await db.auditLog.findMany({
    where: { subjectCustomerId: kari.customerId, actorRole: "SUPPORT" },
    orderBy: { at: "desc" },
    select: { id: true },
  });
  kariNewestFirst = rows.map((row) => row.id.toString());
});

describe("staff views on Personvern", () => {
  it("P22: the page reads the newest looks up to the limit, newest first, and counts all of them", async () => {
    const latest = await latestStaffViews(kari, 20);
    expect(latest.total).toBe(LOOKS);
    expect(latest.views.map((view) => view.id)).toEqual(kariNewestFirst.slice(0, 20));
    expect(latest.views[0]).toMatchObject({
      role: "Kundeservice",
      action: "Fant deg i et kundesøk",
      reason: "Henvendelse fra kunden",
      at: "2026-01-05T10:59:00.000+01:00",
    });
  });

  it("P22: the full list comes in pages of 50 that together hold every look once, as the access copy does", async () => {
    const [first, second, third] = await Promise.all([
      staffViewsPage(kari, 1),
      staffViewsPage(kari, 2),
      staffViewsPage(kari, 3),
    ]);
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: LOOKS, beyondEnd: false });
    expect(second.views.map((view) => view.id)).toEqual(
      kariNewestFirst.slice(STAFF_VIEWS_PAGE_SIZE, 2 * STAFF_VIEWS_PAGE_SIZE),
    );
    expect(third.views).toHaveLength(LOOKS - 2 * STAFF_VIEWS_PAGE_SIZE);
    const paged = [first, second, third].flatMap((page) => page.views.map((view) => view.id));
    expect(paged).toEqual(kariNewestFirst);
    expect((await listStaffViews(kari.customerId)).map((view) => view.id)).toEqual(kariNewestFirst);
  });

  it("a page beyond the end gives the last page and says so; page 0 or less gives the first", async () => {
    const beyond = await staffViewsPage(kari, 99);
    expect(beyond).toMatchObject({ page: 3, pageCount: 3, beyondEnd: true });
    expect(beyond.views.map((view) => view.id)).toEqual(kariNewestFirst.slice(2 * STAFF_VIEWS_PAGE_SIZE));
    expect(await staffViewsPage(kari, 0)).toMatchObject({ page: 1, beyondEnd: false });
  });

  it("another customer's looks are never included, and a customer without looks gets one empty page", async () => {
    const olaPage = await staffViewsPage(ola, 1);
    expect(olaPage).toMatchObject({ total: 2, pageCount: 1 });
    const kariIds = new Set(kariNewestFirst);
    for (const view of olaPage.views) expect(kariIds.has(view.id)).toBe(false);
    expect((await latestStaffViews(ola, 20)).views.map((view) => view.action)).toEqual([
      "Åpnet en faktura til deg",
      "Åpnet kundekortet ditt",
    ]);
    for (const page of [1, 2, 3]) {
      const ids = (await staffViewsPage(kari, page)).views.map((view) => view.id);
      for (const view of olaPage.views) expect(ids).not.toContain(view.id);
    }
    const nobody = { customerId: (await createCustomer()).id };
    expect(await staffViewsPage(nobody, 2)).toEqual({
      views: [],
      page: 1,
      pageCount: 1,
      total: 0,
      beyondEnd: true,
    });
  });

  it("reads ?side= as a whole page number from 1, and anything else as not a page", () => {
    expect(staffViewsPageParam(undefined)).toBe(1);
    expect(staffViewsPageParam("2")).toBe(2);
    for (const bad of ["0", "-1", "1.5", "abc", "", "9999999", ["1", "2"]]) {
      expect(staffViewsPageParam(bad), String(bad)).toBeNull();
    }
  });
});
