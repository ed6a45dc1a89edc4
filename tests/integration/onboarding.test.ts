import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getConsumptionSummary } from "@/features/consumption/server/consumption-summary";
import type { TContactDetails } from "@/features/onboarding/domain/application-form";
import {
  beginIdentifiedApplication,
  chooseMeteringPoint,
  completeApplication,
  confirmEmail,
  decideReviewCase,
  findApplication,
  listReviewCases,
  requestHumanReview,
  resumeFromReviewLink,
  retryIdentity,
  runCreditCheck,
  saveContactDetails,
  searchMeteringPoint,
} from "@/features/onboarding/server";
import { runRetention } from "@/features/privacy/server/retention";
import { getCustomerProfile } from "@/features/profile/server/profile";
import { nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { databaseConnection, db } from "@/platform/db";
import { createJobQueue, registerJobQueue } from "@/platform/jobs/job-queue";
import { startJobWorkers } from "@/platform/jobs/start-workers";
import { overrideRegistriesForTests } from "@/platform/registries/registries";
import { NAMED_PEOPLE, SYNTHETIC_PEOPLE, type SyntheticPerson } from "@/platform/registries/simulator/people";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import { createCustomer, createMeteringPoint, createSupplyPeriod, createUser } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { waitForMailTo } from "../support/mail-inbox";
import { localSimulatorForFile } from "../support/simulator";

const sim = localSimulatorForFile();
const sink = localMailSinkForFile();
const opts = () => ({ registries: sim.registries, mail: sink.mail });
const PASSWORD = "Blå fjorder om våren 2026";
let n = 0;

/** Steps 1 and 2: the person as BankID proves them, with the consents given before, and the identity check. */
async function identified(person: SyntheticPerson, ip?: string) {
  return beginIdentifiedApplication(
    {
      nationalId: person.nationalId,
      searchName: { firstName: person.firstName, lastName: person.lastName },
      method: "BANKID",
      consentedAt: new Date(),
    },
    { ...opts(), ...(ip ? { ip } : {}) },
  );
}

/**
 * A new application for the person: one an earlier test left open is abandoned first, as the
 * person proven again would otherwise get that one back (see "the same person proven again").
 */
async function identifiedApplication(person: SyntheticPerson) {
  await db.onboardingApplication.updateMany({
    where: { nationalIdHash: nationalIdBlindIndex(person.nationalId), status: { not: "COMPLETED" } },
    data: { status: "ABANDONED" },
  });
  const result = await identified(person);
  if (result.kind !== "application") throw new Error(`start failed: ${result.kind}`);
  const app = await findApplication(result.resumeToken);
  if (!app) throw new Error("no application");
  return { token: result.resumeToken, app };
}

/** Step 3 as the person fills it in, and the code from the mail they get. */
async function contactGiven(
  applicationId: string,
  person: SyntheticPerson,
  overrides: Partial<TContactDetails> = {},
) {
  const email = overrides.email ?? `soker${++n}-${Date.now()}@example.com`;
  const contact = {
    email,
    phone: "+4741234567",
    street: `${person.streetName} ${person.buildingNumber}`,
    postalCode: person.place.postalCode,
    city: person.place.city,
    ...overrides,
  };
  expect(await saveContactDetails(applicationId, contact, opts())).toEqual({ ok: true });
  const mail = await waitForMailTo(sink.dir, email, { timeoutMs: 5000 });
  const code = /(\d{3}) ?(\d{3})/.exec(mail.text);
  return confirmEmail(applicationId, `${code?.[1]}${code?.[2]}`, opts());
}

async function started(person: SyntheticPerson, overrides: Partial<TContactDetails> = {}) {
  const { token, app } = await identifiedApplication(person);
  if (app.status === "IDENTITY_VERIFIED" && app.emailVerifiedAt === null) {
    await contactGiven(app.id, person, overrides);
  }
  return { token, app: await reload(token) };
}

const reload = async (token: string) => {
  const app = await findApplication(token);
  if (!app) throw new Error("application gone");
  return app;
};

async function throughCredit(person: SyntheticPerson) {
  const { token, app } = await started(person);
  const gsrn = app.meteringPointOptions?.[0]?.gsrn ?? "";
  expect(await chooseMeteringPoint(app.id, gsrn, opts())).toEqual({ ok: true });
  const credit = await runCreditCheck(app.id, opts());
  return { token, app, credit };
}

/** One of the simulator's generated crowd, by index: a settled adult no other test uses. */
function generated(index: number): SyntheticPerson {
  const person = SYNTHETIC_PEOPLE.filter((p) => p.outcome === "Generert")[index];
  if (!person) throw new Error(`no generated person ${index}`);
  return person;
}

const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe("Bli kunde: the application and its status machine", () => {
  it("P7, P8, P9, P6: a settled adult is verified, finds the metering point, is approved and becomes one customer", async () => {
    const person = NAMED_PEOPLE.approvedNorth;
    // BankID spells the name without the middle name; Folkeregisteret's name is the one kept.
    const { token, app: identifiedApp } = await identifiedApplication(person);
    expect(identifiedApp.status).toBe("IDENTITY_VERIFIED");
    expect([identifiedApp.firstName, identifiedApp.lastName]).toEqual(["Snill Blå", "Hvalross"]);
    expect(identifiedApp.registeredAddress).toEqual({
      street: "Storgata 40",
      postalCode: "9008",
      city: "TROMSØ",
      municipalityNumber: "5501",
    });
    // No email, no search in Elhub, until the person has given and confirmed their contact details.
    expect([identifiedApp.email, identifiedApp.meteringPointOptions]).toEqual([null, null]);
    expect(await contactGiven(identifiedApp.id, person, { street: "storgata 40", city: "TROMSØ" })).toEqual({
      ok: true,
    });
    const app = await reload(token);
    expect(app.emailVerifiedAt).not.toBeNull();
    expect(app.meteringPointOptions?.map((p) => [p.gsrn, p.priceArea, p.gridCompany])).toEqual([
      [person.meteringPoints[0]?.gsrn, "NO4", "Arva"],
    ]);
    expect(app.fieldSources).toMatchObject({
      firstName: "REGISTER",
      street: "REGISTER",
      city: "REGISTER",
      email: "PERSON",
      nationalId: "BANKID",
    });

    expect(await chooseMeteringPoint(app.id, person.meteringPoints[0]?.gsrn ?? "", opts())).toEqual({
      ok: true,
    });
    const credit = await runCreditCheck(app.id, opts());
    expect(credit).toEqual({
      ok: true,
      decision: { outcome: "APPROVED", reasonCode: "SCORE_OK", automated: true },
    });
    const decided = await db.onboardingApplication.findUniqueOrThrow({ where: { id: app.id } });
    expect([decided.status, decided.creditScoreBand, decided.creditAutomated]).toEqual([
      "CREDIT_DECIDED",
      "B",
      true,
    ]);

    // Asked to start after the 14-day withdrawal period, a start in 10 days is refused, nothing made.
    expect(
      await completeApplication(
        app.id,
        { product: "SPOT", startDate: later(10), supplyStart: "after-withdrawal", password: PASSWORD },
        opts(),
      ),
    ).toEqual({ ok: false, reason: "start-within-withdrawal-period" });
    const before = new Date();
    const done = await completeApplication(
      app.id,
      { product: "SPOT", startDate: later(10), supplyStart: "within-withdrawal", password: PASSWORD },
      opts(),
    );
    expect(done.ok).toBe(true);
    const customer = await db.customer.findFirstOrThrow({
      where: { email: app.email },
      include: { user: true, meteringPoints: true, contracts: true },
    });
    expect(customer.fieldSources).toMatchObject({
      firstName: "REGISTER",
      street: "REGISTER",
      postalCode: "REGISTER",
    });
    expect([customer.firstName, customer.street, customer.city]).toEqual([
      "Snill Blå",
      "storgata 40",
      "TROMSØ",
    ]);
    expect((await getCustomerProfile(customer.id))?.addressFromRegister).toBe(true);
    expect(customer.user?.role).toBe("CUSTOMER");
    expect(customer.meteringPoints.map((m) => m.gsrn)).toEqual([person.meteringPoints[0]?.gsrn]);
    expect(customer.contracts.map((c) => [c.product, c.status])).toEqual([["SPOT", "PENDING"]]);
    // The express request to start within the withdrawal period is stored, and the contract concluded now.
    expect(customer.contracts[0]?.startDuringWithdrawalPeriod).toBe(true);
    expect(customer.contracts[0]?.concludedAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    const audit = await db.auditLog.findMany({ where: { targetId: app.id, action: "registry.lookup" } });
    expect(audit.map((a) => (a.metadata as { purpose: string }).purpose).sort()).toEqual([
      "credit-assessment",
      "identification",
      "metering-point",
    ]);
    const rows = await db.auditLog.findMany({
      where: { OR: [{ targetId: app.id }, { subjectCustomerId: customer.id }] },
      select: { action: true, metadata: true, targetId: true },
    });
    expect(JSON.stringify(rows)).not.toContain(person.nationalId);
    expect(
      await db.auditLog.count({ where: { subjectCustomerId: customer.id, action: "customer.consent" } }),
    ).toBe(1);
  });

  it("double submit and two tabs never create two customers", async () => {
    const person = NAMED_PEOPLE.approved;
    const first = await throughCredit(person);
    const input = {
      product: "FIXED" as const,
      startDate: later(5),
      supplyStart: "within-withdrawal" as const,
      password: PASSWORD,
    };
    const results = await Promise.all([
      completeApplication(first.app.id, input, opts()),
      completeApplication(first.app.id, input, opts()),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const result of results.filter((r) => !r.ok)) {
      expect(["stale", "already-customer"]).toContain(!result.ok && result.reason);
    }
    const customers = await db.customer.count({
      where: { meteringPoints: { some: { gsrn: person.meteringPoints[0]?.gsrn } } },
    });
    expect(customers).toBe(1);
    expect(await identified(person)).toEqual({ kind: "customer" });
  });

  it("the same person proven again (another browser) gets their own application back, not a second one", async () => {
    const person = generated(21);
    const first = await started(person);
    const before = await db.onboardingApplication.count();
    const again = await identified(person);
    expect(again.kind).toBe("application");
    const resumed = again.kind === "application" ? await findApplication(again.resumeToken) : null;
    expect([resumed?.id, resumed?.email]).toEqual([first.app.id, first.app.email]);
    // The first browser's cookie no longer opens it.
    expect(await findApplication(first.token)).toBeNull();
    expect(await db.onboardingApplication.count()).toBe(before);
  });

  it("P7: nothing is looked up or stored before the person is proven; an existing customer is told so", async () => {
    const person = NAMED_PEOPLE.approvedDNumber;
    await createCustomer({ nationalIdHash: nationalIdBlindIndex(person.nationalId) });
    const before = await db.onboardingApplication.count();
    const lookups = await db.auditLog.count({ where: { action: "registry.lookup" } });
    expect(await identified(person)).toEqual({ kind: "customer" });
    expect(await db.onboardingApplication.count()).toBe(before);
    expect(await db.auditLog.count({ where: { action: "registry.lookup" } })).toBe(lookups);
  });

  it("adults only: an under-18 number is refused before anything is stored", async () => {
    const before = await db.onboardingApplication.count();
    expect(await identified(NAMED_PEOPLE.minor)).toEqual({ kind: "minor" });
    expect(await db.onboardingApplication.count()).toBe(before);
  });

  it("P7: deceased, emigrated and unknown stop at the identity step, told only to the proven person", async () => {
    const unknown = { ...NAMED_PEOPLE.noMeteringPoint, nationalId: "01810199945" } as SyntheticPerson;
    const cases: [SyntheticPerson, string][] = [
      [NAMED_PEOPLE.deceased, "identity-deceased"],
      [NAMED_PEOPLE.emigrated, "identity-not-resident"],
      [unknown, "identity-not-found"],
    ];
    for (const [person, error] of cases) {
      const { app } = await identifiedApplication(person);
      expect([app.status, app.lastError]).toEqual(["DRAFT", error]);
    }
  });

  it("a Folkeregisteret outage keeps the application, and a retry later goes on from there", async () => {
    sim.fault("folkeregister", "500", 3);
    const person = generated(20);
    const { token, app } = await identifiedApplication(person);
    expect([app.status, app.lastError]).toEqual(["DRAFT", "folkeregister-unavailable"]);
    expect(await retryIdentity(app.id, opts())).toEqual({ ok: true });
    const resumed = await reload(token);
    expect([resumed.status, resumed.lastError]).toEqual(["IDENTITY_VERIFIED", null]);
    expect(await contactGiven(app.id, person)).toEqual({ ok: true });
    expect((await reload(token)).meteringPointOptions).toHaveLength(1);
  });

  it("P8: an Elhub outage keeps the verified identity; searching again (or by meter number) finds the point", async () => {
    sim.fault("elhub", "timeout", 3);
    const person = NAMED_PEOPLE.approvedTwoPoints;
    const { token, app } = await started(person);
    expect([app.status, app.lastError, app.meteringPointOptions]).toEqual([
      "IDENTITY_VERIFIED",
      "elhub-unavailable",
      null,
    ]);
    expect(await searchMeteringPoint(app.id, {}, opts())).toEqual({ ok: true });
    expect((await reload(token)).meteringPointOptions).toHaveLength(2);
    expect(
      await searchMeteringPoint(app.id, { meterNumber: person.meteringPoints[1]?.meterNumber }, opts()),
    ).toEqual({ ok: true });
    expect((await reload(token)).meteringPointOptions?.map((p) => p.gsrn)).toEqual([
      person.meteringPoints[1]?.gsrn,
    ]);
    expect(await chooseMeteringPoint(app.id, person.meteringPoints[0]?.gsrn ?? "", opts())).toEqual({
      ok: false,
      reason: "unknown-metering-point",
    });
  });

  it("P9: an Experian outage leaves the application at the credit step; a double click runs one check", async () => {
    const { app } = await started(NAMED_PEOPLE.creditBlocked);
    await chooseMeteringPoint(app.id, app.meteringPointOptions?.[0]?.gsrn ?? "", opts());
    sim.fault("experian", "500", 1);
    expect(await runCreditCheck(app.id, opts())).toEqual({ ok: false, reason: "experian-unavailable" });
    const both = await Promise.all([runCreditCheck(app.id, opts()), runCreditCheck(app.id, opts())]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    const checks = await db.auditLog.count({
      where: { targetId: app.id, action: "onboarding.credit-decision" },
    });
    expect(checks).toBe(1);
  });

  it("P9: choosing or searching a metering point in another tab while the check runs starts no second check", async () => {
    const { app } = await started(NAMED_PEOPLE.approvedTwoPoints);
    const [first, second] = app.meteringPointOptions ?? [];
    await chooseMeteringPoint(app.id, first?.gsrn ?? "", opts());
    sim.fault("experian", "slow", 1);
    const check = runCreditCheck(app.id, opts());
    // The check has claimed the application by the time Experian answers slowly.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await chooseMeteringPoint(app.id, second?.gsrn ?? "", opts())).toEqual({
      ok: false,
      reason: "stale",
    });
    expect(await searchMeteringPoint(app.id, {}, opts())).toEqual({ ok: false, reason: "stale" });
    expect(await runCreditCheck(app.id, opts())).toEqual({ ok: false, reason: "stale" });
    expect((await check).ok).toBe(true);
    const decided = await db.onboardingApplication.findUniqueOrThrow({ where: { id: app.id } });
    expect([decided.status, decided.gsrn]).toEqual(["CREDIT_DECIDED", first?.gsrn]);
  });

  it("P27: an automated decline offers a person's review: a case for a non-customer, a status link by mail, and staff approval lets them finish", async () => {
    const { token, app, credit } = await throughCredit(NAMED_PEOPLE.declined);
    expect(credit).toEqual({
      ok: true,
      decision: { outcome: "DECLINED", reasonCode: "LOW_SCORE", automated: true },
    });
    expect((await reload(token)).status).toBe("DECLINED");
    expect(
      await completeApplication(
        app.id,
        {
          product: "SPOT",
          startDate: later(5),
          supplyStart: "within-withdrawal" as const,
          password: PASSWORD,
        },
        opts(),
      ),
    ).toEqual({
      ok: false,
      reason: "stale",
    });

    expect(await requestHumanReview(app.id, { statement: "" }, opts())).toEqual({ ok: true });
    expect(await requestHumanReview(app.id, { statement: "" }, opts())).toEqual({
      ok: false,
      reason: "stale",
    });
    expect(await db.customer.count({ where: { email: app.email } })).toBe(0);
    const mail = await waitForMailTo(sink.dir, app.email ?? "", { timeoutMs: 5000 });
    const link = /\/bli-kunde\/vurdering\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? "";
    expect(link).not.toBe("");
    expect(await resumeFromReviewLink(link)).toEqual({ ok: false, reason: "stale" });

    const staff = await createUser({ role: "SUPPORT" });
    const cases = await listReviewCases({ userId: staff.id, role: "SUPPORT" });
    const mine = cases.find((c) => c.application.firstName === app.firstName && c.status === "REQUESTED");
    expect(mine?.reason).toBe("APPLICANT_REQUEST");
    expect(await db.auditLog.count({ where: { action: "credit-review.list", actorUserId: staff.id } })).toBe(
      1,
    );
    expect(
      await decideReviewCase(
        { userId: staff.id, role: "SUPPORT" },
        { caseId: mine?.id ?? "", decision: "APPROVED" },
      ),
    ).toEqual({
      ok: true,
    });
    expect(
      await decideReviewCase(
        { userId: staff.id, role: "SUPPORT" },
        { caseId: mine?.id ?? "", decision: "DECLINED" },
      ),
    ).toEqual({
      ok: false,
      reason: "already-decided",
    });
    const approved = await reload(token);
    expect([approved.status, approved.creditOutcome]).toEqual(["CREDIT_DECIDED", "APPROVED"]);
    const resumed = await resumeFromReviewLink(link);
    expect(resumed.ok).toBe(true);
    const done = await completeApplication(
      app.id,
      { product: "SPOT", startDate: later(5), supplyStart: "within-withdrawal" as const, password: PASSWORD },
      opts(),
    );
    expect(done.ok).toBe(true);
    const audit = await db.auditLog.findFirst({
      where: { action: "credit-review.decide", actorUserId: staff.id },
    });
    expect(audit?.targetId).toBe(mine?.id);
  });

  it("P9: the rules' manual review opens a case for staff by themselves and mails the status link", async () => {
    const { app, credit } = await throughCredit(NAMED_PEOPLE.manualReviewRemark);
    expect(credit.ok && credit.decision).toEqual({
      outcome: "MANUAL_REVIEW",
      reasonCode: "PAYMENT_REMARK",
      automated: true,
    });
    const review = await db.creditReviewCase.findUniqueOrThrow({ where: { applicationId: app.id } });
    expect([review.reason, review.status]).toEqual(["RULES_MANUAL_REVIEW", "REQUESTED"]);
    expect((await waitForMailTo(sink.dir, app.email ?? "", { timeoutMs: 5000 })).subject).toBe(
      "Søknaden din vurderes av en person",
    );
  });

  it("P27: a person's decline of a manual review ends the application as declined, shown to the applicant", async () => {
    const { token, app } = await throughCredit(NAMED_PEOPLE.manualReview);
    expect((await reload(token)).creditOutcome).toBe("MANUAL_REVIEW");
    const review = await db.creditReviewCase.findUniqueOrThrow({ where: { applicationId: app.id } });
    const staff = await createUser({ role: "ADMIN" });
    expect(
      await decideReviewCase(
        { userId: staff.id, role: "ADMIN" },
        { caseId: review.id, decision: "DECLINED" },
      ),
    ).toEqual({
      ok: true,
    });
    const declined = await reload(token);
    expect([declined.status, declined.creditOutcome, declined.reviewCase?.status]).toEqual([
      "DECLINED",
      "DECLINED",
      "DECLINED",
    ]);
    expect(await requestHumanReview(app.id, { statement: "" }, opts())).toEqual({
      ok: false,
      reason: "stale",
    });
  });

  it("a credit check claimed by a request that died can be run again later", async () => {
    const person = SYNTHETIC_PEOPLE.find((p) => p.outcome === "Generert" && (p.score ?? 0) >= 20);
    if (!person) throw new Error("no generated person");
    const { app } = await started(person);
    await chooseMeteringPoint(app.id, app.meteringPointOptions?.[0]?.gsrn ?? "", opts());
    await db.onboardingApplication.update({
      where: { id: app.id },
      data: { lastError: "credit-check-running" },
    });
    expect(await runCreditCheck(app.id, opts())).toEqual({ ok: false, reason: "stale" });
    const later3Minutes = new Date(Date.now() + 3 * 60_000);
    expect((await runCreditCheck(app.id, { ...opts(), now: later3Minutes })).ok).toBe(true);
  });

  it("P21: abandoned applications past their expiry are deleted by the retention job, with their review case; open ones stay", async () => {
    sim.fault("experian", "declined");
    const old = await throughCredit(NAMED_PEOPLE.manualReview);
    await requestHumanReview(old.app.id, { statement: "" }, opts());
    const fresh = await started(NAMED_PEOPLE.slowRegister);
    const in31Days = new Date(Date.now() + 31 * 86_400_000);
    await db.onboardingApplication.updateMany({
      where: { id: { not: fresh.app.id } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const report = await runRetention();
    expect(report.lines.find((line) => line.name === "expired-applications")?.affected).toBeGreaterThan(0);
    expect(await db.onboardingApplication.findUnique({ where: { id: old.app.id } })).toBeNull();
    expect(await db.creditReviewCase.count({ where: { applicationId: old.app.id } })).toBe(0);
    expect(await findApplication(fresh.token)).not.toBeNull();
    await runRetention({ now: in31Days });
    expect(await findApplication(fresh.token)).toBeNull();
  });

  it("too many applications from one address in an hour are refused before any look-up", async () => {
    const ip = "203.0.113.77";
    for (let i = 0; i < 10; i++) expect((await identified(generated(22 + i), ip)).kind).toBe("application");
    const before = await db.onboardingApplication.count();
    expect(await identified(generated(32), ip)).toEqual({ kind: "too-many" });
    expect(await db.onboardingApplication.count()).toBe(before);
    expect((await identified(generated(32), "203.0.113.78")).kind).toBe("application");
  });

  describe("a metering point Klarkraft supplied before", () => {
    const approvedStrangers = SYNTHETIC_PEOPLE.filter(
      (p) => p.outcome === "Generert" && (p.score ?? 0) >= 20,
    );

    /** The person's metering point, already ours: a previous occupant's supply on it until `until`. */
    async function previousOccupant(person: SyntheticPerson, until: string | null) {
      const gsrn = person.meteringPoints[0]?.gsrn ?? "";
      const former = await createCustomer();
      const point = await createMeteringPoint(former.id, { gsrn });
      await createSupplyPeriod(former.id, point.id, "2024-01-01", until ?? undefined);
      return { formerId: former.id, pointId: point.id };
    }

    it("P8: someone moving into a home a former customer left is supplied from their contract's start, with their history from the day the last supply ended", async () => {
      const person = approvedStrangers[1] as SyntheticPerson;
      const left = later(-20);
      const { formerId, pointId } = await previousOccupant(person, left);
      const { app } = await throughCredit(person);
      const done = await completeApplication(
        app.id,
        {
          product: "SPOT",
          startDate: later(5),
          supplyStart: "within-withdrawal" as const,
          password: PASSWORD,
        },
        opts(),
      );
      expect(done).toMatchObject({ ok: true, meteringPointId: pointId });
      const supply = await db.supplyPeriod.findMany({
        where: { meteringPointId: pointId },
        orderBy: { fromDate: "asc" },
        select: { customerId: true, fromDate: true, historyFromDate: true },
      });
      const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
      expect(supply.map((s) => [s.customerId === formerId, day(s.fromDate), day(s.historyFromDate)])).toEqual(
        [
          [true, "2024-01-01", null],
          [false, later(5), left],
        ],
      );
    });

    it("a metering point someone else is still supplied on is refused, and nothing is created", async () => {
      const person = approvedStrangers[2] as SyntheticPerson;
      await previousOccupant(person, null);
      const { app } = await throughCredit(person);
      const customersBefore = await db.customer.count();
      expect(
        await completeApplication(
          app.id,
          {
            product: "SPOT",
            startDate: later(5),
            supplyStart: "within-withdrawal" as const,
            password: PASSWORD,
          },
          opts(),
        ),
      ).toEqual({ ok: false, reason: "metering-point-taken" });
      expect(await db.customer.count()).toBe(customersBefore);
    });
  });

  describe("after onboarding", () => {
    // Made before the tests, not when the file is collected: the file's own database is not in place yet.
    let boss: ReturnType<typeof createJobQueue>;
    beforeAll(() => {
      boss = createJobQueue(databaseConnection());
    });
    afterAll(() => boss.stop({ graceful: false, wait: true }));

    it("P8, P14: a pg-boss job imports at least 12 months of the new customer's history from Elhub, which Min side shows them", async () => {
      overrideRegistriesForTests(sim.registries);
      await boss.start();
      await startJobWorkers(boss, []);
      registerJobQueue(boss);
      const { app } = await throughCredit(NAMED_PEOPLE.slowRegister);
      const done = await completeApplication(
        app.id,
        {
          product: "SPOT",
          startDate: later(4),
          supplyStart: "within-withdrawal" as const,
          password: PASSWORD,
        },
        opts(),
      );
      if (!done.ok) throw new Error(done.reason);
      expect(done.historyQueued).toBe(true);
      const where = { meteringPointId: done.meteringPointId };
      const yearOfHours = 365 * 24;
      for (let i = 0; i < 120 && (await db.consumptionReading.count({ where })) < yearOfHours; i++) {
        await new Promise((r) => setTimeout(r, 500));
      }
      const oldest = await db.consumptionReading.findFirst({ where, orderBy: { intervalStart: "asc" } });
      const supply = await db.supplyPeriod.findFirstOrThrow({
        where,
        select: { fromDate: true, historyFromDate: true },
      });
      // The supply starts with the contract; the months before it are the customer's history, not supply.
      expect(supply.fromDate.toISOString().slice(0, 10)).toBe(later(4));
      const historyFrom = supply.historyFromDate?.toISOString().slice(0, 10) ?? "";
      expect(historyFrom < later(4)).toBe(true);
      // From the first hour of the customer's own history: no missing days at its start.
      expect(oldest?.intervalStart).toEqual(osloMidnight(historyFrom));
      expect(await db.consumptionReading.count({ where })).toBeGreaterThanOrEqual(yearOfHours);
      expect(Date.now() - (oldest?.intervalStart.getTime() ?? Date.now())).toBeGreaterThan(365 * 86_400_000);
      // The history is the new customer's own, so the overview shows it, as from before they joined: no
      // cost of ours, never "0 kr".
      const customer = await db.customer.findFirstOrThrow({ where: { user: { email: done.email } } });
      const summary = await getConsumptionSummary(customer.id);
      expect(Number(summary?.lastMonth.kwh)).toBeGreaterThan(0);
      expect(summary?.lastMonth.supplied).toBe(false);
    });
  });
});
