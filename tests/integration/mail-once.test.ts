// A queued job's mail goes once however often pg-boss runs the job (sendMailOnce): a rerun after the
// mail went sends nothing, a rerun while another run sends waits, and a run that died mid-send is
// resent, after its claim has run out, as the same message (the same Message-ID).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { databaseConnection, db } from "@/platform/db";
import { createJobQueue } from "@/platform/jobs/job-queue";
import { startJobWorkers } from "@/platform/jobs/start-workers";
import {
  MAIL_CLAIM_MS,
  MAIL_DELIVERY_KEPT_DAYS,
  MailBeingSent,
  purgeMailDeliveries,
  sendMailOnce,
} from "@/platform/mail/mail-once";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { readMailTo } from "../support/mail-inbox";

const sink = localMailSinkForFile();
const DAY = 86_400_000;

const message = (to: string) => ({ to, subject: "Kvittering", text: "Takk.", html: "<p>Takk.</p>" });
const address = () => `once-${randomUUID().slice(0, 8)}@example.com`;

describe("a job's mail, sent once", () => {
  it("a second run of the same job finds its mail sent and sends nothing; another job's mail goes", async () => {
    const to = address();
    const key = `test-mail:${randomUUID()}`;
    expect(await sendMailOnce(key, message(to), sink.mail)).toBe("sent");
    expect(await sendMailOnce(key, message(to), sink.mail)).toBe("sent-before");
    expect(await readMailTo(sink.dir, to)).toHaveLength(1);

    expect(await sendMailOnce(`test-mail:${randomUUID()}`, message(to), sink.mail)).toBe("sent");
    const mails = await readMailTo(sink.dir, to);
    expect(mails).toHaveLength(2);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(2);
  });

  it("while a run holds the claim, another run of the job sends nothing and is told to try later", async () => {
    const to = address();
    const key = `test-mail:${randomUUID()}`;
    const now = new Date();
    // A run that claimed the mail and is still sending it (its claim has not run out).
    await db.mailDelivery.create({
      data: {
        key,
        messageId: `<${randomUUID()}@klarkraft.no>`,
        claimedUntil: new Date(now.getTime() + 60_000),
      },
    });
    await expect(sendMailOnce(key, message(to), { ...sink.mail, now })).rejects.toBeInstanceOf(MailBeingSent);
    expect(await readMailTo(sink.dir, to)).toHaveLength(0);
  });

  it("a run that died mid-send is sent again once its claim has run out, with the first claim's Message-ID", async () => {
    const to = address();
    const key = `test-mail:${randomUUID()}`;
    const messageId = `<${randomUUID()}@klarkraft.no>`;
    const claimedAt = new Date("2026-12-08T10:00:00Z");
    await db.mailDelivery.create({
      data: { key, messageId, claimedUntil: new Date(claimedAt.getTime() + MAIL_CLAIM_MS) },
    });
    const justBefore = new Date(claimedAt.getTime() + MAIL_CLAIM_MS - 1000);
    await expect(sendMailOnce(key, message(to), { ...sink.mail, now: justBefore })).rejects.toBeInstanceOf(
      MailBeingSent,
    );
    const after = new Date(claimedAt.getTime() + MAIL_CLAIM_MS);
    expect(await sendMailOnce(key, message(to), { ...sink.mail, now: after })).toBe("sent");
    const [mail, ...more] = await readMailTo(sink.dir, to);
    expect(more).toHaveLength(0);
    expect(mail?.messageId).toBe(messageId);
    expect((await db.mailDelivery.findUniqueOrThrow({ where: { key } })).sentAt).not.toBeNull();
  });

  it("a mail the server refused lets go of its claim: the queue's retry sends it at once, as the same message", async () => {
    const to = address();
    const key = `test-mail:${randomUUID()}`;
    await expect(
      sendMailOnce(key, message(to), { smtpUrl: "smtp://127.0.0.1:9" }),
    ).rejects.not.toBeInstanceOf(MailBeingSent);
    const { messageId, sentAt } = await db.mailDelivery.findUniqueOrThrow({ where: { key } });
    expect(sentAt).toBeNull();
    expect(await sendMailOnce(key, message(to), sink.mail)).toBe("sent");
    const mails = await readMailTo(sink.dir, to);
    expect(mails.map((m) => m.messageId)).toEqual([messageId]);
  });

  it(`keeps a mail's record ${MAIL_DELIVERY_KEPT_DAYS} days, then deletes it`, async () => {
    const now = new Date();
    const old = `test-mail:${randomUUID()}`;
    const recent = `test-mail:${randomUUID()}`;
    for (const [key, age] of [
      [old, MAIL_DELIVERY_KEPT_DAYS * DAY + 60_000],
      [recent, MAIL_DELIVERY_KEPT_DAYS * DAY - 60_000],
    ] as const) {
      const createdAt = new Date(now.getTime() - age);
      await db.mailDelivery.create({
        data: {
          key,
          messageId: `<${randomUUID()}@klarkraft.no>`,
          claimedUntil: createdAt,
          sentAt: createdAt,
          createdAt,
        },
      });
    }
    expect(await purgeMailDeliveries(now)).toBeGreaterThanOrEqual(1);
    expect(await db.mailDelivery.findUnique({ where: { key: old } })).toBeNull();
    expect(await db.mailDelivery.findUnique({ where: { key: recent } })).not.toBeNull();
  });

  it("the queue's worker hands each run pg-boss's id of the job, the key a retry shares", async () => {
    const boss = createJobQueue(databaseConnection());
    const seen: { data: unknown; id: string }[] = [];
    await boss.start();
    try {
      await startJobWorkers(
        boss,
        [],
        [{ name: "test-mail-once", run: async (data, id) => seen.push({ data, id }) }],
      );
      const id = await boss.send("test-mail-once", { n: 1 });
      for (let i = 0; i < 60 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 250));
      expect(seen).toEqual([{ data: { n: 1 }, id }]);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
});
