import { notFound } from "next/navigation";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { creditInvoiceAction, runBillingAction } from "@/app/admin/faktura/actions";
import { billingMonthSummary } from "@/features/invoices/server/billing-month";
import { creditInvoiceAsStaff, runBillingAsStaff } from "@/features/invoices/server/staff-billing";
import { db } from "@/platform/db";
import {
  createContract,
  createCustomer,
  createMeteringPoint,
  createSupplyPeriod,
  createUser,
} from "../support/factories";

// The action's own guard is the auth engineer's; here it stands in for the signed-in staff member.
const guard = vi.hoisted(() => ({ requireStaff: vi.fn() }));
vi.mock("@/features/sign-in/server/guards", () => guard);
// The actions reach the guards through src/features/sign-in/routes.ts, which also exports next-auth.
vi.mock("@/features/sign-in/server/config", () => ({}));
// The actions revalidate /admin/faktura, which needs a running Next.js server.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const NOT_FOUND = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };

/** The guard as it treats a customer-service member: an administrator's action is a 404 to them. */
function signedInAsSupport(support: { userId: string; role: "SUPPORT" }) {
  guard.requireStaff.mockImplementation(async (minimumRole?: string) =>
    minimumRole === "ADMIN" ? notFound() : { sessionId: "s", ...support },
  );
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function issuedInvoice() {
  const customer = await createCustomer({ firstName: "Kreditt", lastName: "Faktura" });
  const point = await createMeteringPoint(customer.id);
  const contract = await createContract(customer.id, point.id);
  return db.invoice.create({
    data: {
      invoiceNumber: 90_000 + Math.floor(Math.random() * 9_000),
      customerId: customer.id,
      contractId: contract.id,
      buyerName: "Kreditt Faktura",
      buyerStreet: "Storgata 1",
      buyerPostalCode: "0155",
      buyerCity: "Oslo",
      periodStart: new Date("2026-10-01"),
      periodEnd: new Date("2026-10-31"),
      issuedAt: new Date("2026-11-02T06:00:00Z"),
      dueDate: new Date("2026-11-20"),
      netOre: 8_000,
      vatOre: 2_000,
      amountOre: 10_000,
      lines: {
        create: [
          {
            position: 1,
            description: "Strøm",
            quantity: "100",
            unit: "kWh",
            unitPriceOre: "80",
            netOre: 8_000,
          },
        ],
      },
    },
    select: { id: true, customerId: true },
  });
}

describe("staff billing actions", () => {
  let admin: { userId: string; role: "ADMIN" };
  let support: { userId: string; role: "SUPPORT" };
  const NOW = new Date("2026-12-07T12:00:00Z");

  beforeAll(async () => {
    admin = { userId: (await createUser({ role: "ADMIN" })).id, role: "ADMIN" };
    support = { userId: (await createUser({ role: "SUPPORT" })).id, role: "SUPPORT" };
  });
  beforeEach(() => {
    guard.requireStaff.mockReset();
  });

  it("P20: customer service cannot credit an invoice: the action and the service refuse, and no credit note is issued", async () => {
    const invoice = await issuedInvoice();
    signedInAsSupport(support);
    await expect(
      creditInvoiceAction(null, form({ invoiceId: invoice.id, reason: "Feil pris", confirm: "ja" })),
    ).rejects.toMatchObject(NOT_FOUND);
    expect(guard.requireStaff).toHaveBeenCalledWith("ADMIN");
    await expect(
      creditInvoiceAsStaff(support, { invoiceId: invoice.id, reason: "Feil pris" }),
    ).rejects.toThrow();
    expect(await db.invoice.count({ where: { creditsInvoiceId: invoice.id } })).toBe(0);
  });

  it("P20: customer service cannot run billing: the action and the service refuse, and nothing is billed", async () => {
    const before = await db.billingItem.count();
    signedInAsSupport(support);
    await expect(runBillingAction(null, form({ month: "2026-11" }))).rejects.toMatchObject(NOT_FOUND);
    expect(guard.requireStaff).toHaveBeenCalledWith("ADMIN");
    await expect(runBillingAsStaff(support, "2026-11", NOW)).rejects.toThrow();
    expect(await db.billingItem.count()).toBe(before);
  });

  it("a month that has not ended, or is no month, is refused in Norwegian and nothing runs", async () => {
    expect(await runBillingAsStaff(admin, "2026-12", NOW)).toEqual({ ok: false, reason: "month-not-ended" });
    guard.requireStaff.mockResolvedValue({ sessionId: "s", ...admin });
    const state = await runBillingAction(null, form({ month: "2026-13" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { month: ["Velg en måned fra listen."] } });
  });

  it("an administrator runs billing for a month: a contract without readings is held back with the reason, the run is audited with who started it, and a second run issues nothing twice", async () => {
    const customer = await createCustomer({ firstName: "Uten", lastName: "Målerverdier" });
    const point = await createMeteringPoint(customer.id);
    const contract = await createContract(customer.id, point.id);
    await createSupplyPeriod(customer.id, point.id, "2025-01-01");
    guard.requireStaff.mockResolvedValue({ sessionId: "s", ...admin });
    const first = await runBillingAction(null, form({ month: "2026-10" }));
    expect(first).toMatchObject({
      ok: true,
      message: expect.stringMatching(
        /^Faktureringen for oktober 2026 er kjørt: 0 fakturaer utstedt, \d+ holdt tilbake/,
      ),
    });
    const item = await db.billingItem.findUniqueOrThrow({
      where: { contractId_periodStart: { contractId: contract.id, periodStart: new Date("2026-10-01") } },
    });
    expect(item).toMatchObject({ status: "HELD", reason: expect.stringMatching(/^Mangler målerverdier/) });
    const run = await db.auditLog.findFirst({ where: { action: "billing.run" }, orderBy: { id: "desc" } });
    expect(run).toMatchObject({
      actorUserId: admin.userId,
      actorRole: "ADMIN",
      metadata: { month: "2026-10", issued: 0 },
    });

    const summary = await billingMonthSummary(admin, "2026-10");
    expect(summary.held).toContainEqual(
      expect.objectContaining({ contractId: contract.id, reason: item.reason }),
    );
    await runBillingAction(null, form({ month: "2026-10" }));
    expect(await db.billingItem.count({ where: { contractId: contract.id } })).toBe(1);
    expect(await db.invoice.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("an administrator credits an invoice with a reason: the credit note is made, the action goes back to the invoice, a second credit is refused", async () => {
    const invoice = await issuedInvoice();
    guard.requireStaff.mockResolvedValue({ sessionId: "s", ...admin });
    const unconfirmed = await creditInvoiceAction(null, form({ invoiceId: invoice.id, reason: "Feil pris" }));
    expect(unconfirmed).toMatchObject({
      ok: false,
      fieldErrors: { confirm: [expect.stringMatching(/Kryss av/)] },
    });
    const noReason = await creditInvoiceAction(
      null,
      form({ invoiceId: invoice.id, reason: "  ", confirm: "ja" }),
    );
    expect(noReason).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Skriv hvorfor fakturaen krediteres."] },
    });
    expect(await db.invoice.count({ where: { creditsInvoiceId: invoice.id } })).toBe(0);

    await expect(
      creditInvoiceAction(
        null,
        form({ invoiceId: invoice.id, reason: "Feil pris i oktober", confirm: "ja" }),
      ),
    ).rejects.toMatchObject({ digest: expect.stringContaining(`/admin/faktura/${invoice.id}?kreditert=1`) });
    const credit = await db.invoice.findUniqueOrThrow({
      where: { creditsInvoiceId: invoice.id },
      select: { id: true, kind: true, amountOre: true, creditReason: true },
    });
    expect(credit).toMatchObject({ kind: "CREDIT_NOTE", creditReason: "Feil pris i oktober" });
    const audited = await db.auditLog.findMany({
      where: { actorUserId: admin.userId, subjectCustomerId: invoice.customerId },
      select: { action: true, targetId: true },
    });
    expect(audited.length).toBeGreaterThan(0);

    const twice = await creditInvoiceAction(
      null,
      form({ invoiceId: invoice.id, reason: "Igjen", confirm: "ja" }),
    );
    expect(twice).toMatchObject({ ok: false, formError: "Fakturaen er allerede kreditert." });
    const ofCredit = await creditInvoiceAction(
      null,
      form({ invoiceId: credit.id, reason: "Igjen", confirm: "ja" }),
    );
    expect(ofCredit).toMatchObject({
      ok: false,
      formError: "Dette er en kreditnota. En kreditnota kan ikke krediteres.",
    });
  });
});
