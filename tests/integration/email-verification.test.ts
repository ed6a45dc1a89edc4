// Mailed codes that prove someone receives mail at an address: the code comes out of the mail that
// reached the local SMTP sink, as a person would read it, and is typed back into the service.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  EMAIL_CODE_ISSUE_LIMIT,
  EMAIL_CODE_VALID_MINUTES,
} from "@/features/email-verification/domain/email-code";
import { issueEmailCode, verifyEmailCode } from "@/features/email-verification/server";
import { db } from "@/platform/db";
import { MINUTE_MS } from "@/platform/time/durations";
import { createCompletedApplication, createUser } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { readMailTo, waitForMailTo } from "../support/mail-inbox";

const sink = localMailSinkForFile();
const NOW = new Date("2026-11-25T12:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE_MS);

let sequence = 0;
const newAddress = () => `ny.adresse${++sequence}@example.com`;

/** A user asking to move their login to a fresh address. */
async function emailChange() {
  const user = await createUser();
  return { purpose: "email-change" as const, subjectId: user.id, email: newAddress(), userId: user.id };
}

/** Issues a code and reads it out of the mail that arrived at the address. */
async function issueAndRead(binding: {
  purpose: "email-change" | "onboarding";
  subjectId: string;
  email: string;
}) {
  const before = new Date();
  expect(await issueEmailCode({ ...binding, now: NOW }, { mail: sink.mail })).toMatchObject({ ok: true });
  const mail = await waitForMailTo(sink.dir, binding.email, { after: before, timeoutMs: 5_000 });
  const digits = mail.text.match(/Koden din er (\d{3}) (\d{3})\./);
  if (!digits) throw new Error("no code in the mail");
  return { code: `${digits[1]}${digits[2]}`, mail };
}

const auditCount = (action: string, targetId: string) => db.auditLog.count({ where: { action, targetId } });

describe("issuing a code", () => {
  it("mails six digits in Norwegian to the address, valid for 15 minutes", async () => {
    const change = await emailChange();
    const { code, mail } = await issueAndRead(change);
    expect(code).toMatch(/^\d{6}$/);
    expect(mail.text).toContain(
      `Koden din er ${code.slice(0, 3)} ${code.slice(3)}. Den gjelder i 15 minutter. Har du ikke bedt om den, kan du se bort fra denne e-posten.`,
    );
    expect(mail.subject).not.toContain(code);
    expect(await auditCount("email-verification.issued", change.userId)).toBe(1);
  });

  it("stores neither the code nor the address in clear, nor a plain hash of the code", async () => {
    const change = await emailChange();
    const { code } = await issueAndRead(change);
    const row = await db.emailVerification.findUniqueOrThrow({ where: { userId: change.userId } });
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(code);
    expect(stored).not.toContain(change.email);
    for (const encoding of ["hex", "base64url", "base64"] as const) {
      expect(stored).not.toContain(createHash("sha256").update(code).digest(encoding));
    }
    // Nor does anything the service wrote to the audit log hold either.
    const audit = await db.auditLog.findMany({
      where: { targetId: change.userId },
      select: { action: true, metadata: true },
    });
    expect(JSON.stringify(audit)).not.toContain(code);
    expect(JSON.stringify(audit)).not.toContain(change.email);
  });

  it("a new code replaces the earlier one for the same subject and purpose", async () => {
    const change = await emailChange();
    const first = await issueAndRead(change);
    const second = await issueAndRead(change);
    if (first.code === second.code) return; // one in a million: nothing to tell apart
    expect(await verifyEmailCode({ ...change, code: first.code, now: later(1) })).toEqual({
      ok: false,
      reason: "wrong-code",
    });
    expect(await verifyEmailCode({ ...change, code: second.code, now: later(1) })).toEqual({ ok: true });
  });

  it(`is throttled at ${EMAIL_CODE_ISSUE_LIMIT.limit} codes an hour per subject, and no mail goes past it`, async () => {
    const change = await emailChange();
    for (let i = 0; i < EMAIL_CODE_ISSUE_LIMIT.limit; i++) {
      const result = await issueEmailCode({ ...change, email: newAddress(), now: NOW }, { mail: sink.mail });
      expect(result.ok).toBe(true);
    }
    const refused = newAddress();
    expect(await issueEmailCode({ ...change, email: refused, now: NOW }, { mail: sink.mail })).toEqual({
      ok: false,
      reason: "throttled",
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await readMailTo(sink.dir, refused)).toEqual([]);
    // An hour later the subject may ask again.
    expect(
      (await issueEmailCode({ ...change, email: refused, now: later(61) }, { mail: sink.mail })).ok,
    ).toBe(true);
  });

  it(`is throttled at ${EMAIL_CODE_ISSUE_LIMIT.limit} codes an hour per address, whoever asks`, async () => {
    const address = newAddress();
    for (let i = 0; i < EMAIL_CODE_ISSUE_LIMIT.limit; i++) {
      const { subjectId, purpose } = await emailChange();
      const result = await issueEmailCode(
        { purpose, subjectId, email: address, now: NOW },
        { mail: sink.mail },
      );
      expect(result.ok).toBe(true);
    }
    const { subjectId, purpose } = await emailChange();
    expect(
      await issueEmailCode({ purpose, subjectId, email: address, now: NOW }, { mail: sink.mail }),
    ).toEqual({
      ok: false,
      reason: "throttled",
    });
  });
});

describe("verifying a code", () => {
  it("accepts the right code once, typed with a space or in capitals of the address, and audits it", async () => {
    const change = await emailChange();
    const { code } = await issueAndRead(change);
    const typed = `${code.slice(0, 3)} ${code.slice(3)}`;
    expect(
      await verifyEmailCode({ ...change, email: change.email.toUpperCase(), code: typed, now: later(1) }),
    ).toEqual({ ok: true });
    expect(await auditCount("email-verification.verified", change.userId)).toBe(1);
    // Single use: the same code again finds nothing.
    expect(await verifyEmailCode({ ...change, code, now: later(2) })).toEqual({
      ok: false,
      reason: "no-code",
    });
  });

  it("refuses a wrong code, and the right one still works after it", async () => {
    const change = await emailChange();
    const { code } = await issueAndRead(change);
    const wrong = code === "000000" ? "000001" : "000000";
    expect(await verifyEmailCode({ ...change, code: wrong, now: later(1) })).toEqual({
      ok: false,
      reason: "wrong-code",
    });
    expect(await verifyEmailCode({ ...change, code, now: later(2) })).toEqual({ ok: true });
  });

  it("after five wrong codes the code is dead, even the right one, and that is audited", async () => {
    const change = await emailChange();
    const { code } = await issueAndRead(change);
    const wrong = code === "000000" ? "000001" : "000000";
    for (let i = 0; i < 5; i++) {
      expect(await verifyEmailCode({ ...change, code: wrong, now: later(1) })).toEqual({
        ok: false,
        reason: "wrong-code",
      });
    }
    expect(await verifyEmailCode({ ...change, code, now: later(2) })).toEqual({
      ok: false,
      reason: "too-many-attempts",
    });
    expect(await auditCount("email-verification.failed-too-many", change.userId)).toBe(1);
    expect(await auditCount("email-verification.verified", change.userId)).toBe(0);
  });

  it("five guesses at once get five tries, no more", async () => {
    const change = await emailChange();
    const { code } = await issueAndRead(change);
    const guesses = Array.from({ length: 12 }, (_, i) =>
      String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0"),
    );
    const results = await Promise.all(
      guesses.map((guess) => verifyEmailCode({ ...change, code: guess, now: later(1) })),
    );
    expect(results.filter((r) => !r.ok && r.reason === "wrong-code")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "too-many-attempts")).toHaveLength(7);
  });

  it(`refuses a code older than ${EMAIL_CODE_VALID_MINUTES} minutes`, async () => {
    const change = await emailChange();
    const { code } = await issueAndRead(change);
    expect(await verifyEmailCode({ ...change, code, now: later(EMAIL_CODE_VALID_MINUTES) })).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("never verifies another address than the one the code was mailed to", async () => {
    const change = await emailChange();
    const { code } = await issueAndRead(change);
    expect(await verifyEmailCode({ ...change, email: newAddress(), code, now: later(1) })).toEqual({
      ok: false,
      reason: "wrong-code",
    });
    expect(await verifyEmailCode({ ...change, code, now: later(1) })).toEqual({ ok: true });
  });

  it("says there is no code when none was issued", async () => {
    const change = await emailChange();
    expect(await verifyEmailCode({ ...change, code: "123456", now: NOW })).toEqual({
      ok: false,
      reason: "no-code",
    });
  });

  it("keeps an applicant's code apart from an account's, and audits it against the application", async () => {
    const { customerId } = await createUser().then((u) => ({ customerId: u.customerId as string }));
    const application = await createCompletedApplication(customerId, {
      status: "DRAFT",
      customerId: null,
      expiresAt: later(60 * 24),
    });
    const onboarding = { purpose: "onboarding" as const, subjectId: application.id, email: newAddress() };
    const { code } = await issueAndRead(onboarding);
    expect(await verifyEmailCode({ ...onboarding, code, now: later(1) })).toEqual({ ok: true });
    expect(
      await db.auditLog.findMany({
        where: { targetId: application.id },
        select: { action: true, actorRole: true, targetType: true, metadata: true },
        orderBy: { at: "asc" },
      }),
    ).toEqual([
      {
        action: "email-verification.issued",
        actorRole: "ANONYMOUS",
        targetType: "OnboardingApplication",
        metadata: { purpose: "onboarding" },
      },
      {
        action: "email-verification.verified",
        actorRole: "ANONYMOUS",
        targetType: "OnboardingApplication",
        metadata: { purpose: "onboarding", attempts: 1 },
      },
    ]);
  });
});
