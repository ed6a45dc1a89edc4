// "Bli kunde" without BankID: the request answers alike for every number and looks nothing up; a
// pg-boss job asks Folkeregisteret (this file's simulator) and hands a letter to the print service's
// mailbox (this file's mail sink) only for a living, resident adult with an address; the code in it
// starts an application once, and dies after five wrong tries or when its time is up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZActivationCode } from "@/features/onboarding/domain/activation-letter";
import {
  findApplication,
  redeemActivationLetter,
  requestActivationLetter,
  sendActivationLetter,
} from "@/features/onboarding/server";
import { encryptNationalId, nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { databaseConnection, db } from "@/platform/db";
import { env } from "@/platform/env";
import { syntheticNationalId } from "@/platform/identifiers/national-id";
import { createJobQueue, registerJobQueue } from "@/platform/jobs/job-queue";
import { ACTIVATION_LETTER_JOB } from "@/platform/jobs/queued-jobs";
import { startJobWorkers } from "@/platform/jobs/start-workers";
import {
  NAMED_PEOPLE,
  SYNTHETIC_PEOPLE,
  type SyntheticPerson,
  UNKNOWN_NATIONAL_ID,
} from "@/platform/registries/simulator/people";
import { DAY_MS, MINUTE_MS } from "@/platform/time/durations";
import { asText } from "../support/as-text";
import { createCustomer } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { readMailTo, type SinkMail } from "../support/mail-inbox";
import { localSimulatorForFile } from "../support/simulator";

const sim = localSimulatorForFile();
const sink = localMailSinkForFile();
const opts = () => ({ registries: sim.registries, mail: sink.mail });
const JOB_TEST_MS = 60_000;
/** A code as the form's schema reads what was typed. */
const normalised = (typed: string) => ZActivationCode.parse(typed);

/** The simulator's generated people: settled adults with an address, one per test. */
const crowd = SYNTHETIC_PEOPLE.filter((p) => p.outcome === "Generert");
const someone = (i: number) => crowd[i] as SyntheticPerson;

/** A valid number Folkeregisteret does not know (individual numbers no simulated person has). */
function unknownNumber(day: number): string {
  for (let individual = 310; individual < 400; individual++) {
    try {
      return syntheticNationalId({ y: 1983, m: 2, d: day }, individual);
    } catch {}
  }
  throw new Error("no valid number for that day");
}

/** The address block as Folkeregisteret's answer words it. */
function addressOf(p: SyntheticPerson): string {
  const name = [p.firstName, p.middleName, p.lastName].filter(Boolean).join(" ").toUpperCase();
  return `MOTTAKER\n${name}\n${p.streetName} ${p.buildingNumber}\n${p.place.postalCode} ${p.place.city}`;
}

async function lettersSince(since: Date): Promise<SinkMail[]> {
  const mails = await readMailTo(sink.dir, env().LETTER_MAILBOX);
  return mails.filter((mail) => Date.parse(mail.receivedAt) >= since.getTime());
}

async function lettersTo(p: SyntheticPerson, since: Date) {
  return (await lettersSince(since)).filter((mail) => mail.text.includes(addressOf(p)));
}

function codeIn(mail: SinkMail): string {
  const code = /\b([0-9A-Z]{4}-[0-9A-Z]{4})\b/.exec(mail.text)?.[1];
  if (!code) throw new Error("no code in the letter");
  return code;
}

/** Waits until the jobs have asked Folkeregisteret `count` times since `since` (each job asks once). */
async function lookupsDone(count: number, since: Date) {
  const where = {
    action: "registry.lookup",
    at: { gte: since },
    metadata: { path: ["purpose"], equals: "activation-letter" },
  };
  for (let i = 0; i < 200 && (await db.auditLog.count({ where })) < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await db.auditLog.count({ where })).toBe(count);
}

/** Asks for a letter for `p` and returns the code the print service got. */
async function letterFor(p: SyntheticPerson): Promise<string> {
  const since = new Date();
  expect(await requestActivationLetter({ nationalId: p.nationalId })).toBe("queued");
  await lookupsDone(1, since);
  const [letter] = await lettersTo(p, since);
  if (!letter) throw new Error("no letter");
  return codeIn(letter);
}

const jobFor = (nationalId: string, consentedAt: Date) => ({
  nationalIdCiphertext: encryptNationalId(nationalId),
  consentedAt: consentedAt.toISOString(),
});

const lettersOf = (nationalId: string) =>
  db.activationLetter.findMany({ where: { nationalIdHash: nationalIdBlindIndex(nationalId) } });

describe("Bli kunde without BankID: the activation letter", () => {
  // Made before the tests, not when the file is collected: the file's own database is not in place yet.
  let boss: ReturnType<typeof createJobQueue>;
  beforeAll(async () => {
    boss = createJobQueue(databaseConnection());
    await boss.start();
    // The job as queued-jobs.ts runs it, with this file's simulator and mail sink.
    await startJobWorkers(
      boss,
      [],
      [{ name: ACTIVATION_LETTER_JOB, run: (data) => sendActivationLetter(data, opts()) }],
    );
    registerJobQueue(boss);
  });
  afterAll(() => boss.stop({ graceful: false, wait: true }));

  it(
    "answers a real person, an unknown number, a dead, an emigrated person and a minor alike; only the real person gets a letter, at the name and address Folkeregisteret has",
    async () => {
      const real = someone(0);
      const others = [NAMED_PEOPLE.deceased, NAMED_PEOPLE.emigrated, NAMED_PEOPLE.minor];
      const numbers = [real.nationalId, UNKNOWN_NATIONAL_ID, ...others.map((p) => p.nationalId)];
      const since = new Date();

      const answers = [];
      for (const nationalId of numbers) answers.push(await requestActivationLetter({ nationalId }));
      expect(answers).toEqual(numbers.map(() => "queued"));
      await lookupsDone(numbers.length, since);

      const letters = await lettersSince(since);
      expect(letters).toHaveLength(1);
      const [letter] = letters as [SinkMail];
      expect(letter.text).toContain(addressOf(real));
      expect(letter.text).toContain(`${env().APP_URL}/bli-kunde/aktiveringskode`);
      expect(letter.subject).not.toContain(real.lastName.toUpperCase());
      for (const other of others) expect(letter.text).not.toContain(other.lastName.toUpperCase());
      for (const nationalId of numbers.slice(1)) expect(await lettersOf(nationalId)).toEqual([]);

      // Neither the number nor the code is in the audit log, nor the number in the job queue.
      const code = codeIn(letter);
      const audit = asText(await db.auditLog.findMany({ where: { at: { gte: since } } }));
      for (const secret of [...numbers, code, code.replace("-", "")]) expect(audit).not.toContain(secret);
      const queued = await db.$queryRaw<{ data: string }[]>`
        SELECT data::text AS data FROM pgboss.job WHERE name = ${ACTIVATION_LETTER_JOB}`;
      expect(queued.length).toBeGreaterThanOrEqual(numbers.length);
      for (const nationalId of numbers) expect(asText(queued)).not.toContain(nationalId);
    },
    JOB_TEST_MS,
  );

  it(
    "sends nothing new for a second request within three days, not even from a job queued before the first letter",
    async () => {
      const p = someone(1);
      const since = new Date();
      await letterFor(p);

      expect(await requestActivationLetter({ nationalId: p.nationalId })).toBe("recent-letter");
      const queuedEarlier = jobFor(p.nationalId, since);
      expect(await sendActivationLetter(queuedEarlier, opts())).toEqual({
        sent: false,
        reason: "recent-letter",
      });
      expect(await lettersTo(p, since)).toHaveLength(1);
      expect(await lettersOf(p.nationalId)).toHaveLength(1);

      // Three days on, a new request sends a new letter.
      const later = new Date(Date.now() + 3 * DAY_MS + MINUTE_MS);
      expect(await sendActivationLetter(queuedEarlier, { ...opts(), now: later })).toMatchObject({
        sent: true,
      });
      expect(await lettersTo(p, since)).toHaveLength(2);
    },
    JOB_TEST_MS,
  );

  it(
    "a code redeems once, however it is typed, and begins the application as BankID would",
    async () => {
      const p = someone(2);
      const code = await letterFor(p);
      const [letter] = await lettersOf(p.nationalId);
      const typed = ` ${code.toLowerCase().replace("-", " ")} `.replaceAll("0", "o");

      const redeemed = await redeemActivationLetter(
        { nationalId: p.nationalId, code: normalised(typed) },
        opts(),
      );
      if (!redeemed.ok || redeemed.outcome !== "application")
        throw new Error(`not redeemed: ${JSON.stringify(redeemed)}`);
      expect(await findApplication(redeemed.resumeToken)).not.toBeNull();
      const application = await db.onboardingApplication.findFirstOrThrow({
        where: { nationalIdHash: nationalIdBlindIndex(p.nationalId) },
        select: { identifiedBy: true, consentedAt: true },
      });
      expect(application).toEqual({ identifiedBy: "LETTER", consentedAt: letter?.consentedAt });
      expect((await lettersOf(p.nationalId))[0]?.usedAt).not.toBeNull();

      expect(
        await redeemActivationLetter({ nationalId: p.nationalId, code: normalised(code) }, opts()),
      ).toEqual({
        ok: false,
        reason: "wrong-code",
      });
      const redeemedRows = await db.auditLog.findMany({
        where: { action: "activation-letter.redeemed", targetId: letter?.id },
      });
      expect(redeemedRows.map((row) => row.metadata)).toEqual([{ outcome: "application" }]);
    },
    JOB_TEST_MS,
  );

  it(
    "wrong codes count against the letter, and after the fifth the right code no longer works",
    async () => {
      const p = someone(3);
      const code = await letterFor(p);
      const wrong = code.startsWith("2") ? "3333-3333" : "2222-2222";
      for (let i = 0; i < 5; i++) {
        expect(
          await redeemActivationLetter({ nationalId: p.nationalId, code: normalised(wrong) }, opts()),
        ).toEqual({
          ok: false,
          reason: "wrong-code",
        });
      }
      const [letter] = await lettersOf(p.nationalId);
      expect(letter?.attempts).toBe(5);
      expect(
        await redeemActivationLetter({ nationalId: p.nationalId, code: normalised(code) }, opts()),
      ).toEqual({
        ok: false,
        reason: "wrong-code",
      });
      expect(
        await db.onboardingApplication.count({ where: { nationalIdHash: letter?.nationalIdHash } }),
      ).toBe(0);
      const failed = await db.auditLog.findMany({
        where: { action: "activation-letter.failed", targetId: letter?.id },
        orderBy: { at: "asc" },
      });
      expect(failed.map((row) => row.metadata)).toEqual(
        [1, 2, 3, 4, 5].map((attempts) => ({ step: "redeem", reason: "wrong-code", attempts })),
      );
    },
    JOB_TEST_MS,
  );

  it(
    "a code past its time fails with the same answer as a wrong code or an unknown number",
    async () => {
      const p = someone(4);
      const since = new Date();
      const monthAgo = new Date(Date.now() - 31 * DAY_MS);
      const sent = await sendActivationLetter(jobFor(p.nationalId, monthAgo), { ...opts(), now: monthAgo });
      expect(sent).toMatchObject({ sent: true });
      const [letter] = await lettersTo(p, since);
      if (!letter) throw new Error("no letter");
      const code = normalised(codeIn(letter));

      const expired = await redeemActivationLetter({ nationalId: p.nationalId, code }, opts());
      const unknown = await redeemActivationLetter({ nationalId: UNKNOWN_NATIONAL_ID, code }, opts());
      expect(expired).toEqual({ ok: false, reason: "wrong-code" });
      expect(unknown).toEqual(expired);
    },
    JOB_TEST_MS,
  );

  it(
    "someone who is already a customer is told so when they redeem the code",
    async () => {
      const p = someone(5);
      await createCustomer({ nationalIdHash: nationalIdBlindIndex(p.nationalId) });
      const code = await letterFor(p);
      expect(
        await redeemActivationLetter({ nationalId: p.nationalId, code: normalised(code) }, opts()),
      ).toEqual({
        ok: true,
        outcome: "customer",
      });
    },
    JOB_TEST_MS,
  );

  it(
    "throttles one address silently: five letters an hour, twenty codes",
    async () => {
      const ip = "198.51.100.23";
      const since = new Date();
      const outcomes = [];
      for (let day = 1; day <= 6; day++) {
        outcomes.push(await requestActivationLetter({ nationalId: unknownNumber(day), ip }));
      }
      expect(outcomes).toEqual(["queued", "queued", "queued", "queued", "queued", "throttled"]);
      await lookupsDone(5, since);

      const code = normalised("2222-2222");
      for (let i = 0; i < 20; i++) {
        expect(await redeemActivationLetter({ nationalId: unknownNumber(7), code, ip }, opts())).toEqual({
          ok: false,
          reason: "wrong-code",
        });
      }
      expect(await redeemActivationLetter({ nationalId: unknownNumber(7), code, ip }, opts())).toEqual({
        ok: false,
        reason: "throttled",
      });
    },
    JOB_TEST_MS,
  );

  it(
    "sends nothing while Folkeregisteret or the print service does not answer, and fails the job so that it runs again",
    async () => {
      const p = someone(6);
      const since = new Date();
      const job = jobFor(p.nationalId, since);
      // The client tries three times before it calls the register unavailable.
      sim.fault("folkeregister", "500", 3);
      await expect(sendActivationLetter(job, opts())).rejects.toThrow();
      expect(await lettersOf(p.nationalId)).toEqual([]);
      expect(await lettersTo(p, since)).toEqual([]);

      // The print service's mailbox not taking it: no letter is kept whose code nobody got.
      const closedMailbox = { ...opts(), mail: { smtpUrl: "smtp://127.0.0.1:9" } };
      await expect(sendActivationLetter(job, closedMailbox)).rejects.toThrow();
      expect(await lettersOf(p.nationalId)).toEqual([]);

      expect(await sendActivationLetter(job, opts())).toMatchObject({ sent: true });
      expect(await lettersTo(p, since)).toHaveLength(1);
    },
    JOB_TEST_MS,
  );
});
