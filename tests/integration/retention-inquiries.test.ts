import { describe, expect, it } from "vitest";
import { INQUIRY_QUIET_CLOSE_DAYS } from "@/features/inquiries/domain/inquiries";
import { replyAsCustomer } from "@/features/inquiries/server";
import { runRetention } from "@/features/privacy/server/retention";
import { db } from "@/platform/db";
import { DAY_MS } from "@/platform/time/durations";
import { addMonths, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { createUser } from "../support/factories";

/** Earlier than any clock this runs on (the replies below are written at the real time, after it). */
const NOW = new Date("2026-09-15T10:00:00Z");
const daysBefore = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
/** The same Oslo time of day, `months` calendar months after NOW. */
const monthsAfter = (months: number, days = 0) =>
  new Date(osloMidnight(addMonths(osloDate(NOW), months)).getTime() + 12 * 3_600_000 + days * DAY_MS);

async function customer() {
  const user = await createUser();
  return { userId: user.id, customerId: user.customerId as string };
}

/** A thread whose messages were written the given number of days before NOW, customer and staff in turn. */
async function thread(customerId: string, status: "OPEN" | "ANSWERED", ...daysAgo: number[]) {
  const made = await db.inquiry.create({
    data: {
      customerId,
      subject: "Spørsmål",
      status,
      createdAt: daysBefore(daysAgo[0] ?? 0),
      messages: {
        create: daysAgo.map((days, i) => ({
          author: i % 2 === 0 ? ("CUSTOMER" as const) : ("STAFF" as const),
          body: "Melding",
          createdAt: daysBefore(days),
        })),
      },
    },
    select: { id: true },
  });
  return made.id;
}

const statusOf = async (id: string) =>
  (await db.inquiry.findUnique({ where: { id }, select: { status: true, closedAt: true } })) ?? null;

describe("retention of threads with customer service", () => {
  it(`P21: an answered thread without a reply for ${INQUIRY_QUIET_CLOSE_DAYS} days is closed, the customer is told, and it goes 12 months later`, async () => {
    const { customerId } = await customer();
    const quiet = await thread(customerId, "ANSWERED", 45, INQUIRY_QUIET_CLOSE_DAYS + 1);
    // Asked long ago, answered recently: the quiet period counts from the last message.
    const recent = await thread(customerId, "ANSWERED", 90, INQUIRY_QUIET_CLOSE_DAYS - 1);
    // Waiting for customer service: only staff close those.
    const waiting = await thread(customerId, "OPEN", 90);

    const report = await runRetention({ now: NOW });
    expect(report.lines.find((line) => line.name === "quiet-answered-inquiries")?.affected).toBe(1);
    expect(await statusOf(quiet)).toEqual({ status: "CLOSED", closedAt: NOW });
    expect(await statusOf(recent)).toMatchObject({ status: "ANSWERED", closedAt: null });
    expect(await statusOf(waiting)).toMatchObject({ status: "OPEN", closedAt: null });

    const notices = await db.notice.findMany({ where: { customerId }, select: { text: true, href: true } });
    expect(notices).toEqual([
      {
        text: expect.stringContaining(`${INQUIRY_QUIET_CLOSE_DAYS} dager`),
        href: `/min-side/meldinger/${quiet}`,
      },
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "inquiry.close", targetId: quiet } });
    expect(audit).toMatchObject({ actorRole: "SYSTEM", actorUserId: null, subjectCustomerId: customerId });

    // Its 12 months count from that closing.
    await runRetention({ now: monthsAfter(12, -1) });
    expect(await statusOf(quiet)).not.toBeNull();
    await runRetention({ now: monthsAfter(12, 1) });
    expect(await statusOf(quiet)).toBeNull();
  });

  it("P21: the customer reopens a closed thread by replying, and its period waits for the next closing", async () => {
    const kari = await customer();
    const quiet = await thread(kari.customerId, "ANSWERED", 60, 40);
    await runRetention({ now: NOW });
    expect(await statusOf(quiet)).toMatchObject({ status: "CLOSED" });

    expect(await replyAsCustomer(kari, { inquiryId: quiet, body: "Jeg har et spørsmål til." })).toEqual({
      ok: true,
      reopened: true,
    });
    expect(await statusOf(quiet)).toEqual({ status: "OPEN", closedAt: null });
    await runRetention({ now: monthsAfter(13) });
    expect(await statusOf(quiet)).toMatchObject({ status: "OPEN" });
  });

  it("P21: a former customer's threads that are still open go 12 months after the relationship ended, without an erasure request", async () => {
    const former = await customer();
    const endedAt = daysBefore(30);
    await db.customer.update({ where: { id: former.customerId }, data: { status: "ENDED", endedAt } });
    const open = await thread(former.customerId, "OPEN", 40);
    // Closed by staff after the end: it keeps its own 12 months from that closing.
    const closedLater = await thread(former.customerId, "OPEN", 40);
    await db.inquiry.update({
      where: { id: closedLater },
      data: { status: "CLOSED", closedAt: daysBefore(10) },
    });
    const current = await customer();
    const stillCustomer = await thread(current.customerId, "OPEN", 400);

    await runRetention({ now: new Date(endedAt.getTime() + 360 * DAY_MS) });
    expect(await statusOf(open)).not.toBeNull();

    const report = await runRetention({ now: new Date(endedAt.getTime() + 370 * DAY_MS) });
    expect(report.lines.find((line) => line.name === "former-customer-inquiries")?.affected).toBe(1);
    expect(await statusOf(open)).toBeNull();
    expect(await statusOf(closedLater)).not.toBeNull();
    expect(await statusOf(stillCustomer)).not.toBeNull();
  });

  it("P21: a long-gone customer's quiet answered thread is deleted, not closed and kept another year", async () => {
    const former = await customer();
    await db.customer.update({
      where: { id: former.customerId },
      data: { status: "ENDED", endedAt: daysBefore(400) },
    });
    await db.user.delete({ where: { id: former.userId } });
    const answered = await thread(former.customerId, "ANSWERED", 420, 410);

    const report = await runRetention({ now: NOW });
    expect(report.lines.find((line) => line.name === "former-customer-inquiries")?.affected).toBe(1);
    expect(await statusOf(answered)).toBeNull();
    expect(await db.notice.count({ where: { customerId: former.customerId } })).toBe(0);
  });
});
