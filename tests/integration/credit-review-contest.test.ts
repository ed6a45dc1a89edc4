// GDPR Art. 22(3): an applicant declined by the automated credit check contests it with their point of
// view, and is told by which date a person answers: on the step, in the mail and behind its status
// link. Staff see the statement and the date, the earliest first, and which cases are past it.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { APPLICANT_STATEMENT_MAX_LENGTH, ZReviewRequest } from "@/features/onboarding";
import { runCreditCheck } from "@/features/onboarding/server/credit-check";
import { listReviewCases } from "@/features/onboarding/server/credit-reviews";
import { findApplication } from "@/features/onboarding/server/find-application";
import { requestHumanReview } from "@/features/onboarding/server/request-human-review";
import { findReviewByToken } from "@/features/onboarding/server/review-link";
import { hashLinkToken, newLinkToken } from "@/platform/crypto/link-token";
import { encryptNationalId, nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { formAction, publicAccess } from "@/platform/form-action";
import { NAMED_PEOPLE } from "@/platform/registries/simulator/people";
import { createUser } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { waitForMailTo } from "../support/mail-inbox";
import { localSimulatorForFile } from "../support/simulator";

const sim = localSimulatorForFile();
const sink = localMailSinkForFile();
/** Friday 8 May 2026, 12:00 in Oslo: seven calendar days on is Friday 15 May. */
const NOW = new Date("2026-05-08T10:00:00Z");
const opts = (now = NOW) => ({ registries: sim.registries, mail: sink.mail, now });

let n = 0;

/** An application the rules declined, as the flow leaves it, with the browser's resume token. */
async function declinedApplication(overrides: { status?: "DECLINED" | "METERING_POINT_CHOSEN" } = {}) {
  const token = newLinkToken();
  const firstName = `Bestrider${++n}`;
  const nationalId = NAMED_PEOPLE.manualReview.nationalId;
  const app = await db.onboardingApplication.create({
    data: {
      status: overrides.status ?? "DECLINED",
      resumeTokenHash: hashLinkToken(token),
      identifiedBy: "BANKID",
      firstName,
      lastName: "Søker",
      email: `bestrider${n}-${randomUUID()}@example.com`,
      street: "Testveien 1",
      postalCode: "0150",
      city: "Oslo",
      nationalIdCiphertext: encryptNationalId(nationalId),
      nationalIdHash: nationalIdBlindIndex(nationalId),
      fieldSources: {},
      consentedAt: NOW,
      identityVerifiedAt: NOW,
      ...(overrides.status === "METERING_POINT_CHOSEN"
        ? {}
        : {
            creditOutcome: "DECLINED" as const,
            creditReasonCode: "LOW_SCORE",
            creditScoreBand: "E",
            creditAutomated: true,
            creditDecidedAt: NOW,
          }),
      expiresAt: new Date(NOW.getTime() + 30 * 86_400_000),
    },
    select: { id: true, email: true },
  });
  return { id: app.id, email: app.email ?? "", firstName, token };
}

async function staffQueue(now = NOW) {
  const staff = await createUser({ role: "SUPPORT" });
  return listReviewCases({ userId: staff.id, role: "SUPPORT" }, now);
}

/** The request form as the route builds it: the form's zod schema, then the service. */
function requestForm(applicationId: string) {
  return formAction({
    event: "test.request-review",
    guard: publicAccess,
    schema: ZReviewRequest,
    echo: { statement: APPLICANT_STATEMENT_MAX_LENGTH },
    run: (input) => requestHumanReview(applicationId, input, opts()),
    failures: { stale: "Allerede sendt." },
    done: () => ({ ok: true, message: "Sendt." }),
  });
}

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

const dateOf = (date: Date | undefined) => date?.toISOString().slice(0, 10);

describe("contesting an automated credit decline (GDPR Art. 22(3))", () => {
  it("P27: the applicant's statement is stored trimmed on the case and shown to staff; the audit row says only that there was one", async () => {
    const app = await declinedApplication();
    const statement = "Betalingsanmerkningen ble gjort opp i mars.\nKvittering kan ettersendes.";

    const state = await requestForm(app.id)(null, form({ statement: `  ${statement}  \n` }));

    expect(state).toEqual({ ok: true, message: "Sendt." });
    const mine = (await staffQueue()).find((c) => c.application.firstName === app.firstName);
    expect(mine?.applicantStatement).toBe(statement);
    expect(mine?.reason).toBe("APPLICANT_REQUEST");
    const audit = await db.auditLog.findMany({
      where: { action: "credit-review.request", targetId: app.id },
    });
    expect(audit.map((row) => row.metadata)).toEqual([{ statement: true }]);
    const everyRow = await db.auditLog.findMany({ select: { metadata: true } });
    expect(JSON.stringify(everyRow)).not.toContain("Betalingsanmerkningen");
  });

  it("P27: a request without a statement stores none, and its audit row says so", async () => {
    const app = await declinedApplication();

    expect(await requestForm(app.id)(null, form({ statement: "   " }))).toEqual({
      ok: true,
      message: "Sendt.",
    });

    const mine = (await staffQueue()).find((c) => c.application.firstName === app.firstName);
    expect(mine?.applicantStatement).toBeNull();
    const audit = await db.auditLog.findFirst({
      where: { action: "credit-review.request", targetId: app.id },
    });
    expect(audit?.metadata).toEqual({ statement: false });
  });

  it("P27: a statement over the limit is refused at the field in Norwegian, keeping the text, and nothing is stored", async () => {
    const app = await declinedApplication();
    const tooLong = "a".repeat(APPLICANT_STATEMENT_MAX_LENGTH + 1);

    const state = await requestForm(app.id)(null, form({ statement: tooLong }));

    expect(state).toMatchObject({
      ok: false,
      fieldErrors: {
        statement: [
          `Forklaringen kan ha høyst ${APPLICANT_STATEMENT_MAX_LENGTH} tegn. Korte den ned og send på nytt.`,
        ],
      },
      values: { statement: tooLong.slice(0, APPLICANT_STATEMENT_MAX_LENGTH) },
    });
    expect(await db.creditReviewCase.count({ where: { applicationId: app.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "credit-review.request", targetId: app.id } })).toBe(0);
    expect((await findApplication(app.token))?.reviewCase).toBeNull();

    // The limit counts what is left after trimming: exactly the limit, padded with spaces, is taken.
    const exact = "b".repeat(APPLICANT_STATEMENT_MAX_LENGTH);
    expect(await requestForm(app.id)(null, form({ statement: `   ${exact}   ` }))).toMatchObject({
      ok: true,
    });
    const stored = await db.creditReviewCase.findUniqueOrThrow({ where: { applicationId: app.id } });
    expect(stored.applicantStatement).toBe(exact);
  });

  it("P27: the answer date is seven Oslo days on, on the step, in the mail and behind its status link", async () => {
    const app = await declinedApplication();

    expect(await requestHumanReview(app.id, { statement: "" }, opts())).toEqual({ ok: true });

    expect(dateOf((await findApplication(app.token))?.reviewCase?.answerDueDate)).toBe("2026-05-15");
    const mail = await waitForMailTo(sink.dir, app.email, { timeoutMs: 5000 });
    expect(mail.text).toContain("Du får svar innen 15. mai 2026.");
    expect(mail.html).toContain("Du får svar innen 15. mai 2026.");
    const link = /\/bli-kunde\/vurdering\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? "";
    expect(dateOf((await findReviewByToken(link))?.answerDueDate)).toBe("2026-05-15");
  });

  it("P27: a request made after midnight in Oslo (still the day before in UTC) counts from the Oslo date", async () => {
    const app = await declinedApplication();
    // 00:30 on Saturday 9 May in Oslo.
    await requestHumanReview(app.id, { statement: "" }, opts(new Date("2026-05-08T22:30:00Z")));
    expect(dateOf((await findApplication(app.token))?.reviewCase?.answerDueDate)).toBe("2026-05-16");
  });

  it("P27: the rules' manual review gets its answer date too, and its mail tells it", async () => {
    const app = await declinedApplication({ status: "METERING_POINT_CHOSEN" });

    const credit = await runCreditCheck(app.id, opts());

    expect(credit).toMatchObject({ ok: true, decision: { outcome: "MANUAL_REVIEW" } });
    const review = await db.creditReviewCase.findUniqueOrThrow({ where: { applicationId: app.id } });
    expect([review.reason, dateOf(review.answerDueDate)]).toEqual(["RULES_MANUAL_REVIEW", "2026-05-15"]);
    const mail = await waitForMailTo(sink.dir, app.email, { timeoutMs: 5000 });
    expect(mail.text).toContain("Du får svar innen 15. mai 2026.");
  });

  it("P27: staff's queue puts the earliest answer date first and marks the open cases past it", async () => {
    const later = await declinedApplication();
    const earlier = await declinedApplication();
    await requestHumanReview(later.id, { statement: "" }, opts(new Date("2026-05-09T10:00:00Z")));
    await requestHumanReview(earlier.id, { statement: "" }, opts(new Date("2026-05-07T10:00:00Z")));

    // Saturday 16 May in Oslo: 14 May has passed, 16 May is today and not yet missed.
    const queue = await staffQueue(new Date("2026-05-16T09:00:00Z"));

    const mine = queue.filter((c) =>
      [later.firstName, earlier.firstName].includes(c.application.firstName ?? ""),
    );
    expect(mine.map((c) => [c.application.firstName, dateOf(c.answerDueDate), c.overdue])).toEqual([
      [earlier.firstName, "2026-05-14", true],
      [later.firstName, "2026-05-16", false],
    ]);
  });
});
