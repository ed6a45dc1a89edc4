import { describe, expect, it } from "vitest";
import { DAY_MS } from "@/domain/durations";
import { db } from "@/server/db";
import { runRetention } from "@/server/services/privacy/retention";
import { createUser } from "../support/factories";

/** Earlier than any clock this runs on. */
const NOW = new Date("2026-09-15T10:00:00Z");
const daysBefore = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

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
});
