import { notFound } from "next/navigation";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { assignInquiryAction, closeInquiryAction, staffReplyAction } from "@/app/admin/meldinger/actions";
import { createInquiryAction, customerReplyAction } from "@/app/min-side/meldinger/actions";
import { createInquiry } from "@/features/inquiries/server";
import { db } from "@/platform/db";
import { NUL_IN_TEXT } from "@/platform/form-action";
import { createUser } from "../support/factories";

// The guards stand in for the signed-in user; a test makes one throw as notFound() does.
const guard = vi.hoisted(() => ({ requireStaff: vi.fn(), requireCustomer: vi.fn() }));
vi.mock("@/features/sign-in/server/guards", () => guard);
// The actions reach the guards through src/features/sign-in/routes.ts, which also exports next-auth.
vi.mock("@/features/sign-in/server/config", () => ({}));
// The actions revalidate the thread's page, which needs a running Next.js server.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}
const NOT_FOUND = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };

describe("inquiry actions", () => {
  let inquiryId: string;

  beforeAll(async () => {
    const customer = await createUser();
    const staff = await createUser({ role: "SUPPORT" });
    guard.requireCustomer.mockResolvedValue({
      sessionId: "s",
      userId: customer.id,
      customerId: customer.customerId,
      role: "CUSTOMER",
    });
    guard.requireStaff.mockResolvedValue({ sessionId: "s", userId: staff.id, role: "SUPPORT" });
    ({ inquiryId } = await createInquiry(
      { userId: customer.id, customerId: customer.customerId ?? "" },
      { subject: "Hei", body: "Hei" },
    ));
  });

  async function snapshot() {
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId } });
    return { inquiry, messages: await db.inquiryMessage.count(), audit: await db.auditLog.count() };
  }

  it("P20: every staff action checks the role before it reads the form or changes anything", async () => {
    const before = await snapshot();
    for (const [action, fields] of [
      [staffReplyAction, { inquiryId, body: "Svar" }],
      [assignInquiryAction, { inquiryId }],
      [closeInquiryAction, { inquiryId }],
    ] as const) {
      guard.requireStaff.mockImplementationOnce(async () => notFound());
      await expect(action(null, form(fields))).rejects.toMatchObject(NOT_FOUND);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("the customer's actions check the customer first, and refuse bad input with field errors", async () => {
    const before = await snapshot();
    guard.requireCustomer.mockImplementationOnce(async () => notFound());
    await expect(customerReplyAction(null, form({ inquiryId, body: "x" }))).rejects.toMatchObject(NOT_FOUND);
    guard.requireCustomer.mockImplementationOnce(async () => notFound());
    await expect(createInquiryAction(null, form({ subject: "x", body: "x" }))).rejects.toMatchObject(
      NOT_FOUND,
    );
    expect(await customerReplyAction(null, form({ inquiryId, body: "   " }))).toMatchObject({
      ok: false,
      fieldErrors: { body: ["Skriv en melding."] },
    });
    expect(await createInquiryAction(null, form({ subject: "x".repeat(121), body: "y" }))).toMatchObject({
      ok: false,
      fieldErrors: { subject: ["Emnet kan være høyst 120 tegn."] },
    });
    expect(await staffReplyAction(null, form({ inquiryId: "ikke-en-id", body: "y" }))).toMatchObject({
      ok: false,
      fieldErrors: { inquiryId: ["Ukjent henvendelse."] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a NUL character (PostgreSQL stores none) with a field message, stores nothing, and gives back the text without it", async () => {
    const before = await snapshot();
    const inquiries = await db.inquiry.count();
    expect(
      await createInquiryAction(null, form({ subject: "Faktura\u0000 for mai", body: "Hvorfor så høy?" })),
    ).toEqual({
      ok: false,
      formError: "Sjekk feltene som er markert.",
      fieldErrors: { subject: [NUL_IN_TEXT] },
      values: { subject: "Faktura for mai", body: "Hvorfor så høy?" },
    });
    expect(await customerReplyAction(null, form({ inquiryId, body: "Takk\u0000!" }))).toMatchObject({
      ok: false,
      fieldErrors: { body: [NUL_IN_TEXT] },
      values: { body: "Takk!" },
    });
    expect(NUL_IN_TEXT).toMatch(/^Teksten inneholder et tegn vi ikke kan lagre/);
    expect(await snapshot()).toEqual(before);
    expect(await db.inquiry.count()).toBe(inquiries);
  });

  it("answers staff on a closed thread with a message, and tells the customer their reply reopened it", async () => {
    expect(await closeInquiryAction(null, form({ inquiryId }))).toMatchObject({ ok: true });
    expect(await staffReplyAction(null, form({ inquiryId, body: "Svar" }))).toEqual(
      expect.objectContaining({ ok: false, formError: "Henvendelsen er lukket." }),
    );
    expect(await customerReplyAction(null, form({ inquiryId, body: "Hei igjen" }))).toEqual(
      expect.objectContaining({ ok: true, message: expect.stringContaining("åpnet igjen") }),
    );
  });
});
