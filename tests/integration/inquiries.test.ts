import { beforeAll, describe, expect, it } from "vitest";
import {
  assignInquiryToSelf,
  closeInquiry,
  createInquiry,
  getCustomerInquiry,
  getInquiryForStaff,
  listCustomerInquiries,
  replyAsCustomer,
  replyAsStaff,
} from "@/features/inquiries/server";
import { listInbox } from "@/features/inquiries/server/inquiry-inbox";
import { createNotice, listUnreadNotices, markNoticesRead } from "@/features/notices/server/notices";
import { listStaffViews } from "@/features/privacy/server/staff-views";
import { db } from "@/platform/db";
import { asText } from "../support/as-text";
import { createUser } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { readMailTo, waitForMailTo } from "../support/mail-inbox";

const sink = localMailSinkForFile();

type CustomerLogin = { userId: string; customerId: string; email: string };
async function customerLogin(): Promise<CustomerLogin> {
  const user = await createUser();
  return { userId: user.id, customerId: user.customerId ?? "", email: user.email };
}
async function staffLogin(role: "SUPPORT" | "ADMIN" = "SUPPORT") {
  const user = await createUser({ role });
  await db.user.update({ where: { id: user.id }, data: { displayName: `Ansatt ${role}` } });
  return { userId: user.id, role, email: user.email };
}

describe("inquiries", () => {
  let kari: CustomerLogin;
  let ola: CustomerLogin;
  let support: Awaited<ReturnType<typeof staffLogin>>;

  beforeAll(async () => {
    kari = await customerLogin();
    ola = await customerLogin();
    support = await staffLogin();
  });

  it("P12, P28: a customer writes, customer service answers, and the customer reads the answer in the thread", async () => {
    const started = new Date();
    const created = await createInquiry(kari, {
      subject: "Innsyn",
      body: "Jeg vil ha innsyn i opplysningene mine.",
    });
    const inbox = await listInbox(support, "OPEN", 1);
    expect(inbox.rows.map((row) => row.id)).toContain(created.inquiryId);

    const answer = "Hei! Du finner innsynskopien under Personvern.";
    expect(await replyAsStaff(support, { inquiryId: created.inquiryId, body: answer }, sink.mail)).toEqual({
      ok: true,
    });

    // A notice on Min side and a mail that links to the thread without quoting it.
    const notices = await listUnreadNotices(kari.customerId);
    expect(notices).toMatchObject([{ href: `/min-side/meldinger/${created.inquiryId}` }]);
    const mail = await waitForMailTo(sink.dir, kari.email, { after: started, timeoutMs: 5000 });
    expect(asText(mail)).toContain(`/min-side/meldinger/${created.inquiryId}`);
    expect(asText(mail)).not.toContain("innsynskopien");
    expect(asText(mail)).not.toContain("Innsyn");

    const thread = await getCustomerInquiry(kari.customerId, created.inquiryId);
    expect(thread?.status).toBe("ANSWERED");
    expect(thread?.messages.map((m) => [m.fromCustomer, m.body])).toEqual([
      [true, "Jeg vil ha innsyn i opplysningene mine."],
      [false, answer],
    ]);
    // Opening the thread read its notice.
    expect(await listUnreadNotices(kari.customerId)).toEqual([]);
    expect((await listCustomerInquiries(kari.customerId)).map((t) => t.id)).toEqual([created.inquiryId]);
    // Answering took the unassigned thread.
    expect(
      (await listInbox(support, "ANSWERED", 1)).rows.find((r) => r.id === created.inquiryId),
    ).toMatchObject({
      assignedToMe: true,
      lastFromCustomer: false,
    });
  });

  it("keeps each customer's threads to themselves", async () => {
    const { inquiryId } = await createInquiry(kari, { subject: "Faktura", body: "Hei" });
    expect(await getCustomerInquiry(ola.customerId, inquiryId)).toBeNull();
    expect(await replyAsCustomer(ola, { inquiryId, body: "Ikke min" })).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await db.inquiryMessage.count({ where: { inquiryId } })).toBe(1);
    expect(await listCustomerInquiries(ola.customerId)).toEqual([]);
  });

  it("mails the staff member who has the thread when the customer writes again, and reopens it", async () => {
    const { inquiryId } = await createInquiry(ola, { subject: "Flytting", body: "Jeg flytter." });
    expect(await assignInquiryToSelf(support, inquiryId)).toEqual({ ok: true });
    await replyAsStaff(support, { inquiryId, body: "Når flytter du?" }, sink.mail);
    const started = new Date();
    expect(await replyAsCustomer(ola, { inquiryId, body: "Den 1. mars." }, sink.mail)).toEqual({
      ok: true,
      reopened: false,
    });
    const mail = await waitForMailTo(sink.dir, support.email, { after: started, timeoutMs: 5000 });
    expect(asText(mail)).toContain(`/admin/meldinger/${inquiryId}`);
    expect(asText(mail)).not.toContain("1. mars");
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId } })).status).toBe("OPEN");
  });

  it("closing records the date retention counts from; staff can do no more with a closed thread", async () => {
    const { inquiryId } = await createInquiry(ola, { subject: "Avsluttes", body: "Takk." });
    const before = Date.now();
    expect(await closeInquiry(support, inquiryId)).toEqual({ ok: true });
    const closed = await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId } });
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt?.getTime()).toBeGreaterThanOrEqual(before);
    expect(await closeInquiry(support, inquiryId)).toEqual({ ok: false, reason: "closed" });
    expect(await replyAsStaff(support, { inquiryId, body: "x" }, sink.mail)).toEqual({
      ok: false,
      reason: "closed",
    });
    expect(await assignInquiryToSelf(support, inquiryId)).toEqual({ ok: false, reason: "closed" });
  });

  it("lists the inbox oldest first, per status, with counts and pages", async () => {
    const first = await createInquiry(kari, { subject: "Eldst", body: "1" });
    const second = await createInquiry(kari, { subject: "Nyere", body: "2" });
    await db.inquiry.update({ where: { id: first.inquiryId }, data: { createdAt: new Date("2020-01-01") } });
    const inbox = await listInbox(support, "OPEN", 1);
    const ids = inbox.rows.map((row) => row.id);
    expect(ids[0]).toBe(first.inquiryId);
    expect(ids.indexOf(second.inquiryId)).toBeGreaterThan(0);
    expect(inbox.counts.OPEN).toBe(await db.inquiry.count({ where: { status: "OPEN" } }));
    expect(inbox.counts.CLOSED).toBeGreaterThan(0);
    // A page beyond the last shows the last page.
    expect((await listInbox(support, "OPEN", 99)).page).toBe(inbox.pageCount);
  });

  it("P20: opening the inbox is audited as a look at each customer whose thread it lists", async () => {
    const { inquiryId } = await createInquiry(ola, { subject: "Innboks", body: "Hei" });
    const staff = await staffLogin();
    const inbox = await listInbox(staff, "OPEN", 1);
    expect(inbox.rows.map((row) => row.id)).toContain(inquiryId);
    const rows = await db.auditLog.findMany({
      where: { action: "inquiry.list", actorUserId: staff.userId },
      select: { subjectCustomerId: true, metadata: true },
    });
    // One row per customer shown, however many of their threads the page lists.
    expect(rows.filter((row) => row.subjectCustomerId === ola.customerId)).toEqual([
      {
        subjectCustomerId: ola.customerId,
        metadata: { reason: "inquiry", shown: ["customer-number", "inquiry.subject"] },
      },
    ]);
    expect(new Set(rows.map((row) => row.subjectCustomerId)).size).toBe(rows.length);
    expect((await listStaffViews(ola.customerId)).map((view) => view.action)).toContain(
      "Så henvendelsen din i listen over henvendelser",
    );
  });

  it("P20: opening a thread as staff writes an audit row with the customer and the reason", async () => {
    const { inquiryId } = await createInquiry(kari, { subject: "Revisjon", body: "Hei" });
    const thread = await getInquiryForStaff(support, inquiryId);
    expect(thread?.customer?.id).toBe(kari.customerId);
    const row = await db.auditLog.findFirstOrThrow({
      where: { action: "inquiry.view", targetId: inquiryId },
    });
    expect(row).toMatchObject({
      actorUserId: support.userId,
      actorRole: "SUPPORT",
      subjectCustomerId: kari.customerId,
      metadata: { reason: "inquiry" },
    });
    expect(asText(row)).not.toContain("Revisjon");
  });

  it("keeps a thread when its requester is no longer a customer of record", async () => {
    const gone = await customerLogin();
    const { inquiryId } = await createInquiry(gone, { subject: "Sluttoppgjør", body: "Hei" });
    await closeInquiry(support, inquiryId);
    await db.notice.deleteMany({ where: { customerId: gone.customerId } });
    await db.user.delete({ where: { id: gone.userId } });
    await db.customer.delete({ where: { id: gone.customerId } });
    const thread = await getInquiryForStaff(support, inquiryId);
    expect(thread).toMatchObject({ customer: null, status: "CLOSED" });
    expect(thread?.closedAt).toBeInstanceOf(Date);
  });

  it("notices: made in a transaction, listed unread newest first, marked read per page", async () => {
    const customer = await customerLogin();
    await db.$transaction(async (tx) => {
      await createNotice(tx, { customerId: customer.customerId, text: "A", href: "/min-side/personvern/1" });
      await createNotice(tx, { customerId: customer.customerId, text: "B", href: "/min-side/meldinger/2" });
    });
    expect((await listUnreadNotices(customer.customerId)).map((n) => n.text).sort()).toEqual(["A", "B"]);
    expect(await markNoticesRead(customer.customerId, "/min-side/personvern/1")).toBe(1);
    expect((await listUnreadNotices(customer.customerId)).map((n) => n.text)).toEqual(["B"]);
    expect(await listUnreadNotices(kari.customerId)).toEqual([]);
    await expect(
      db.$transaction((tx) =>
        createNotice(tx, { customerId: customer.customerId, text: "C", href: "https://x" }),
      ),
    ).rejects.toThrow(/Min side/);
    expect(await readMailTo(sink.dir, customer.email)).toEqual([]);
  });
});
