import { describe, expect, it } from "vitest";
import { INQUIRY_LINK_VALID_DAYS } from "@/features/inquiries/domain/inquiries";
import {
  assignInquiryToSelf,
  countWaitingInquiries,
  createInquiry,
  getInquiryByLink,
  getInquiryForStaff,
  registerInquiry,
  replyAsCustomer,
  replyAsStaff,
} from "@/features/inquiries/server";
import { CUSTOMER_SCOPES, ownerOf } from "@/features/privacy/server/customer-data";
import { eraseCustomer } from "@/features/privacy/server/erasure";
import { db } from "@/platform/db";
import { asText } from "../support/as-text";
import { createCustomerEverywhere } from "../support/customer-everywhere";
import { createUser } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { waitForMailTo } from "../support/mail-inbox";

const sink = localMailSinkForFile();

async function staffLogin() {
  const user = await createUser({ role: "SUPPORT" });
  return { userId: user.id, role: "SUPPORT" as const };
}

/** The token of the /henvendelse/<token> link in a mail. */
function linkToken(text: string): string {
  const match = /\/henvendelse\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!match?.[1]) throw new Error("no thread link in the mail");
  return match[1];
}

describe("inquiries from someone without a login", () => {
  it("P22, P24: what a former customer wrote without logging in is in their access copy and goes with their erasure", async () => {
    const staff = await staffLogin();
    const former = await createCustomerEverywhere();
    await db.customer.update({ where: { id: former.customerId }, data: { anonymisedAt: null } });
    const { inquiryId } = await registerInquiry(staff, {
      email: former.identity.email.toUpperCase(),
      subject: "Sletting",
      body: "Jeg har ikke innlogging lenger.",
    });
    const scope = CUSTOMER_SCOPES.Inquiry;
    const owner = await ownerOf(former.customerId);
    if (!owner || !("where" in scope)) throw new Error("no scope");
    const copied = await db.inquiry.findMany({ where: scope.where(owner), select: { id: true } });
    expect(copied.map((i) => i.id)).toContain(inquiryId);

    expect(await eraseCustomer(former.customerId, staff)).toMatchObject({ ok: true });
    expect(await db.inquiry.count({ where: { id: inquiryId } })).toBe(0);
  });

  it("P12, P28: customer service registers an email from a non-customer and answers it; the mail links to the thread without quoting it", async () => {
    const staff = await staffLogin();
    const email = "tidligere.kunde@example.com";
    const { inquiryId } = await registerInquiry(staff, {
      email,
      subject: "Sluttfaktura",
      body: "Jeg har ikke lenger innlogging. Når kommer sluttfakturaen?",
    });
    const thread = await getInquiryForStaff(staff, inquiryId);
    expect(thread).toMatchObject({ customer: null, requesterEmail: email, status: "OPEN" });
    expect(await db.auditLog.count({ where: { action: "inquiry.register", targetId: inquiryId } })).toBe(1);

    const answer = "Sluttfakturaen sendes innen 14 dager.";
    const started = new Date();
    expect(await replyAsStaff(staff, { inquiryId, body: answer }, sink.mail)).toEqual({ ok: true });
    const mail = await waitForMailTo(sink.dir, email, { after: started, timeoutMs: 5000 });
    expect(asText(mail)).not.toContain(answer);
    const token = linkToken(asText(mail));

    const read = await getInquiryByLink(token);
    expect(read?.subject).toBe("Sluttfaktura");
    expect(read?.status).toBe("ANSWERED");
    expect(read?.messages.map((m) => [m.fromCustomer, m.body])).toEqual([
      [true, "Jeg har ikke lenger innlogging. Når kommer sluttfakturaen?"],
      [false, answer],
    ]);
    // Only the token's hash is stored.
    const stored = await db.inquiry.findUniqueOrThrow({
      where: { id: inquiryId },
      select: { readTokenHash: true },
    });
    expect(stored.readTokenHash).not.toContain(token);

    // A second answer mails a new link, and the old one stops working.
    const again = new Date();
    await replyAsStaff(staff, { inquiryId, body: "Den er nå sendt." }, sink.mail);
    const second = await waitForMailTo(sink.dir, email, { after: again, timeoutMs: 5000 });
    const newToken = linkToken(asText(second));
    expect(newToken).not.toBe(token);
    expect(await getInquiryByLink(token)).toBeNull();
    expect((await getInquiryByLink(newToken))?.messages).toHaveLength(3);
    expect(await getInquiryByLink("not-a-token")).toBeNull();
    // The link works for INQUIRY_LINK_VALID_DAYS after the answer it came with, then no more.
    const day = 86_400_000;
    expect(
      await getInquiryByLink(newToken, new Date(Date.now() + (INQUIRY_LINK_VALID_DAYS - 1) * day)),
    ).not.toBeNull();
    expect(
      await getInquiryByLink(newToken, new Date(Date.now() + (INQUIRY_LINK_VALID_DAYS + 1) * day)),
    ).toBeNull();
    expect(asText(second)).toContain(`${INQUIRY_LINK_VALID_DAYS} dager`);
  });

  it("P12: when the mail with a new link fails, the thread waits for customer service again and the previous link keeps working", async () => {
    const staff = await staffLogin();
    const email = "uten.innlogging@example.com";
    const { inquiryId } = await registerInquiry(staff, {
      email,
      subject: "Flytting",
      body: "Når flytter avtalen?",
    });
    const started = new Date();
    await replyAsStaff(staff, { inquiryId, body: "Fra flyttedagen." }, sink.mail);
    const first = linkToken(
      asText(await waitForMailTo(sink.dir, email, { after: started, timeoutMs: 5000 })),
    );

    const unreachable = { smtpUrl: "smtp://127.0.0.1:9" };
    expect(await replyAsStaff(staff, { inquiryId, body: "Og strømmen følger med." }, unreachable)).toEqual({
      ok: true,
      linkMailed: false,
    });
    expect(await getInquiryForStaff(staff, inquiryId)).toMatchObject({ status: "OPEN" });
    expect((await getInquiryByLink(first))?.messages.map((m) => m.body)).toEqual([
      "Når flytter avtalen?",
      "Fra flyttedagen.",
      "Og strømmen følger med.",
    ]);

    const again = new Date();
    expect(await replyAsStaff(staff, { inquiryId, body: "Vi sender svaret på nytt." }, sink.mail)).toEqual({
      ok: true,
    });
    const second = linkToken(asText(await waitForMailTo(sink.dir, email, { after: again, timeoutMs: 5000 })));
    expect((await getInquiryByLink(second))?.status).toBe("ANSWERED");
    expect(await getInquiryByLink(first)).toBeNull();
  });

  it("the staff badge counts open threads nobody has taken or this staff member has, and not answered or others' threads", async () => {
    const me = await staffLogin();
    const other = await staffLogin();
    const customer = await createUser();
    const asCustomer = { userId: customer.id, customerId: customer.customerId ?? "" };
    const before = await countWaitingInquiries(me);
    const unassigned = await createInquiry(asCustomer, { subject: "A", body: "a" });
    const mine = await createInquiry(asCustomer, { subject: "B", body: "b" });
    const theirs = await createInquiry(asCustomer, { subject: "C", body: "c" });
    await assignInquiryToSelf(me, mine.inquiryId);
    await assignInquiryToSelf(other, theirs.inquiryId);
    expect(await countWaitingInquiries(me)).toBe(before + 2);
    // Answered: it waits for the customer, not for staff …
    await replyAsStaff(me, { inquiryId: mine.inquiryId, body: "Svar" }, sink.mail);
    expect(await countWaitingInquiries(me)).toBe(before + 1);
    // … until the customer writes again.
    await replyAsCustomer(asCustomer, { inquiryId: mine.inquiryId, body: "Takk, men …" }, sink.mail);
    expect(await countWaitingInquiries(me)).toBe(before + 2);
    expect(unassigned.ok).toBe(true);
  });
});
