// The five notification triggers end to end: the change commits, the send-push job (pg-boss on this file's
// database) encrypts the message for each subscription, and this file's local push service decrypts what
// it receives. A customer who did not choose the kind gets nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import webpush from "web-push";
import { createInquiry, customerThreadPath, replyAsStaff } from "@/features/inquiries/server";
import { runBilling } from "@/features/invoices/server";
import { SEND_PUSH_JOB } from "@/features/notifications";
import { notifyTomorrowsPrices, runSendPushJob } from "@/features/notifications/server";
import { submitPrivacyRequest, transitionPrivacyRequest } from "@/features/privacy/server";
import { databaseConnection, db } from "@/platform/db";
import { createJobQueue, registerJobQueue } from "@/platform/jobs/job-queue";
import { startJobWorkers } from "@/platform/jobs/start-workers";
import { addDays } from "@/platform/time/oslo-calendar";
import { billedCustomer, hourlyReadings, spotPrices } from "../support/billing-fixtures";
import { createCustomer, createMeteringPoint, createSupplyPeriod, createUser } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { captureLog } from "../support/log-lines";
import { localPushServiceForFile } from "../support/push-service";

// The portal's VAPID keys in this file: set before anything reads the configuration.
const vapid = webpush.generateVAPIDKeys();
vi.stubEnv("VAPID_PUBLIC_KEY", vapid.publicKey);
vi.stubEnv("VAPID_PRIVATE_KEY", vapid.privateKey);
vi.stubEnv("VAPID_SUBJECT", "mailto:drift@klarkraft.test");

const push = localPushServiceForFile();
const sink = localMailSinkForFile();

/** Long enough for one retry of a send-push job (pg-boss: a minute later). */
const SETTLE_TIMEOUT_MS = 120_000;

type Area = "NO1" | "NO2" | "NO3" | "NO4" | "NO5";
type Choices = Partial<{
  tomorrowPrices: boolean;
  priceAboveOre: number;
  inquiryAnswer: boolean;
  privacyCompleted: boolean;
  invoiceIssued: boolean;
}>;

/** A browser subscribed on the customer's phone, and the customer's choices on Profil. */
async function subscribe(customerId: string, choices: Choices) {
  const subscription = await push.subscribe(vapid.publicKey);
  await db.pushSubscription.create({
    data: { customerId, endpoint: subscription.endpoint, ...subscription.keys },
  });
  await db.notificationPreference.create({ data: { customerId, ...choices } });
  return subscription.id;
}

/** A customer supplied in `area` (municipality decides VAT) with a subscribed phone. */
async function suppliedCustomer(
  area: Area,
  choices: Choices,
  { municipalityNumber = "0301", restrictedAt = null as Date | null } = {},
) {
  const customer = await createCustomer({ restrictedAt });
  const point = await createMeteringPoint(customer.id, { priceArea: area, municipalityNumber });
  await createSupplyPeriod(customer.id, point.id, "2026-01-01");
  return subscribe(customer.id, choices);
}

/** A customer with a login (for an inquiry or a privacy request) and a subscribed phone. */
async function customerLogin(choices: Choices) {
  const user = await createUser();
  const customerId = user.customerId as string;
  const phone = await subscribe(customerId, choices);
  return { login: { userId: user.id, customerId, email: user.email }, phone };
}

/**
 * Waits until every queued send-push job has run. A push the local service could not take is retried by
 * pg-boss a minute later (a loaded machine can drop a kept-alive connection), hence the long wait.
 */
async function pushesSettled() {
  for (let i = 0; i < 500; i++) {
    const [{ waiting }] = await db.$queryRaw<[{ waiting: number }]>`
      SELECT count(*)::int AS waiting FROM pgboss.job
      WHERE name = ${SEND_PUSH_JOB} AND state IN ('created', 'retry', 'active')`;
    if (waiting === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("send-push jobs still waiting");
}

/** What the phone received, decrypted and read as the service worker reads it. */
async function received(phone: string) {
  await pushesSettled();
  return (await push.messages(phone)).map((m) => JSON.parse(m.text) as Record<string, string>);
}

let boss: ReturnType<typeof createJobQueue>;
beforeAll(async () => {
  boss = createJobQueue(databaseConnection());
  await boss.start();
  await startJobWorkers(boss, [], [{ name: SEND_PUSH_JOB, run: (data) => runSendPushJob(data) }]);
  registerJobQueue(boss);
});
afterAll(async () => {
  await boss.stop({ graceful: false, wait: true });
  vi.unstubAllEnvs();
});

describe("tomorrow's spot prices", { timeout: SETTLE_TIMEOUT_MS }, () => {
  // Tuesday 12 January 2027 at 14:35 in Oslo: tomorrow is Wednesday the 13th.
  const NOW = new Date("2027-01-12T13:35:00Z");
  const DAY = "2027-01-13";

  it("tell each opted-in customer once, when their area's day is complete, of their own area's cheapest hours", async () => {
    const oslo = await suppliedCustomer("NO1", { tomorrowPrices: true });
    const bodo = await suppliedCustomer("NO4", { tomorrowPrices: true }, { municipalityNumber: "1804" }); // Nordland: no VAT
    const notChosen = await suppliedCustomer("NO1", { invoiceIssued: true });
    const restricted = await suppliedCustomer("NO1", { tomorrowPrices: true }, { restrictedAt: NOW });
    const cheapNight = [30, 33, 35];
    await spotPrices("NO1", DAY, addDays(DAY, 1), (h) => String(cheapNight[h - 2] ?? 80));
    // NO4's day is published but for its last hour.
    await db.spotPrice.createMany({
      data: Array.from({ length: 92 }, (_, q) => ({
        priceArea: "NO4" as const,
        intervalStart: new Date(Date.parse("2027-01-12T23:00:00Z") + q * 900_000),
        resolution: "PT15M" as const,
        priceOrePerKwh: q >= 48 && q < 60 ? "20" : "60",
      })),
    });

    expect(await notifyTomorrowsPrices(NOW)).toMatchObject({ completeAreas: ["NO1"], pricesQueued: 1 });
    expect(await received(bodo)).toEqual([]);

    await spotPrices("NO4", DAY, addDays(DAY, 1), () => "60");
    // Two runs at once and one after: each customer is told once.
    await Promise.all([notifyTomorrowsPrices(NOW), notifyTomorrowsPrices(NOW)]);
    await notifyTomorrowsPrices(NOW);

    expect(await received(oslo)).toEqual([
      {
        title: "Strømprisene for i morgen",
        body: "Strømprisene for i morgen er klare (NO1). Billigst kl. 02–05: 41 øre/kWh med mva i snitt.",
        url: "/min-side/forbruk",
        tag: "tomorrow-prices",
      },
    ]);
    expect((await received(bodo)).map((m) => m.body)).toEqual([
      "Strømprisene for i morgen er klare (NO4). Billigst kl. 12–15: 20 øre/kWh uten mva i snitt.",
    ]);
    expect(await received(notChosen)).toEqual([]);
    expect(await received(restricted)).toEqual([]);
  });

  it("alert once a day of hours above the customer's own level, and never below it", async () => {
    const day = addDays(DAY, 1);
    const now = new Date(NOW.getTime() + 86_400_000);
    const low = await suppliedCustomer("NO2", { priceAboveOre: 150 });
    const high = await suppliedCustomer("NO2", { priceAboveOre: 250 });
    // 80 øre (100 with VAT) but 17:00–19:00: 140 and 160 (175 and 200 with VAT).
    await spotPrices("NO2", day, addDays(day, 1), (h) => (h === 17 ? "140" : h === 18 ? "160" : "80"));

    await notifyTomorrowsPrices(now);
    await notifyTomorrowsPrices(now);

    expect(await received(low)).toEqual([
      {
        title: "Høy strømpris i morgen",
        body: "Strømprisen i morgen (NO2) går over 150 øre/kWh kl. 17–19. Høyest kl. 18–19: 200 øre/kWh med mva.",
        url: "/min-side/forbruk",
        tag: "price-above",
      },
    ]);
    expect(await received(high)).toEqual([]);
  });
});

describe("a change someone else made", { timeout: SETTLE_TIMEOUT_MS }, () => {
  it("an answer from customer service: one push linking to the thread, for the customer who chose it", async () => {
    const staff = await createUser({ role: "SUPPORT" });
    const support = { userId: staff.id, role: "SUPPORT" as const, email: staff.email };
    const chose = await customerLogin({ inquiryAnswer: true });
    const other = await customerLogin({ tomorrowPrices: true });
    for (const who of [chose, other]) {
      const { inquiryId } = await createInquiry(who.login, { subject: "Faktura", body: "Hei" });
      expect(await replyAsStaff(support, { inquiryId, body: "Svar" }, sink.mail)).toEqual({ ok: true });
      if (who === chose) {
        expect(await received(chose.phone)).toEqual([
          {
            title: "Svar fra kundeservice",
            body: "Kundeservice har svart på henvendelsen din.",
            url: customerThreadPath(inquiryId),
            tag: `inquiry-answer-${inquiryId}`,
          },
        ]);
      }
    }
    expect(await received(other.phone)).toEqual([]);
  });

  it("a privacy request completed: one push linking to the request, only on completion", async () => {
    const staff = await createUser({ role: "SUPPORT" });
    const support = { userId: staff.id, role: "SUPPORT" as const };
    const chose = await customerLogin({ privacyCompleted: true });
    const { requestId } = await submitPrivacyRequest(
      chose.login,
      { type: "AUTOMATED_DECISION_REVIEW", details: "" },
      { mail: sink.mail },
    );
    await transitionPrivacyRequest(support, { requestId, kind: "start" }, { mail: sink.mail });
    expect(await received(chose.phone)).toEqual([]);
    const done = await transitionPrivacyRequest(
      support,
      { requestId, kind: "complete", reason: "Vurdert på nytt." },
      { mail: sink.mail },
    );
    expect(done).toEqual({ ok: true, status: "COMPLETED" });
    expect(await received(chose.phone)).toEqual([
      {
        title: "Personvernforespørsel",
        body: "Personvernforespørselen din er ferdigbehandlet.",
        url: `/min-side/personvern/foresporsler/${requestId}`,
        tag: `privacy-completed-${requestId}`,
      },
    ]);
  });

  it("an invoice issued by the billing run: one push without the amount, linking to the invoice", async () => {
    const billed = await billedCustomer({ name: "Varsel", area: "NO3", from: "2026-11-01" });
    const unbilled = await billedCustomer({ name: "Stille", area: "NO3", from: "2026-11-01" });
    const phone = await subscribe(billed.customerId, { invoiceIssued: true });
    const quiet = await subscribe(unbilled.customerId, { inquiryAnswer: true });
    await spotPrices("NO3", "2026-11-01", "2026-12-01", () => "100");
    for (const who of [billed, unbilled])
      await hourlyReadings(who.point.id, "2026-11-01", "2026-12-01", () => "1");

    expect(await runBilling("2026-11", { now: new Date("2026-12-03T12:00:00Z") })).toMatchObject({
      issued: 2,
    });

    const invoice = await db.invoice.findFirstOrThrow({ where: { customerId: billed.customerId } });
    expect(await received(phone)).toEqual([
      {
        title: "Ny faktura fra Klarkraft",
        body: "Du har fått en ny faktura. Du finner den på Min side.",
        url: `/min-side/faktura/${invoice.id}`,
        tag: `invoice-issued-${invoice.id}`,
      },
    ]);
    expect(await received(quiet)).toEqual([]);
  });

  it("a queue that is down: the answer still stands and is shown, and the failure is logged", async () => {
    const staff = await createUser({ role: "SUPPORT" });
    const support = { userId: staff.id, role: "SUPPORT" as const, email: staff.email };
    const chose = await customerLogin({ inquiryAnswer: true });
    const { inquiryId } = await createInquiry(chose.login, { subject: "Faktura", body: "Hei" });
    // The queue's database refuses every statement, as one that has gone away would.
    const refused = new Error("connect ECONNREFUSED");
    const gone = { executeSql: () => Promise.reject(refused) };
    registerJobQueue(createJobQueue({ ...databaseConnection(), jobQueueConnection: { db: gone } }));
    const log = captureLog();
    try {
      expect(await replyAsStaff(support, { inquiryId, body: "Svar" }, sink.mail)).toEqual({ ok: true });
    } finally {
      log.restore();
      registerJobQueue(boss);
    }
    expect(log.lines().map((line) => line.event)).toContain("notifications.enqueue");
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId } })).toMatchObject({
      status: "ANSWERED",
    });
    expect(await received(chose.phone)).toEqual([]);
  });
});
