// Accounts of the browser suite's own, made inside the portal's process (fixture-channel.ts) with the
// services and session store the portal uses: a test gets a customer or staff member no other test
// touches, signed in without typing a password or waiting for a TOTP step.
import { encode } from "next-auth/jwt";
import { ZSecondFactorCode } from "@/features/second-factor/domain/second-factor";
import {
  confirmTotpEnrolment,
  startTotpEnrolment,
  verifySecondFactor,
} from "@/features/second-factor/server";
import { deviceLabel } from "@/features/sign-in/domain/device-label";
import { completePasswordReset } from "@/features/sign-in/server";
import { createSession, revokeSession, SESSION_LIFETIME_MS } from "@/features/sign-in/server/session-store";
import { createStaff } from "@/features/staff/server";
import { encryptNationalId, nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { env } from "@/platform/env";
import { syntheticNationalId } from "@/platform/identifiers/national-id";
import { HOUR_MS } from "@/platform/time/durations";
import { addDays, addMonths, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { DEMO_CUSTOMERS, DEMO_PASSWORD } from "../../../prisma/seed/people";
import { insertConsumption } from "../../../prisma/seed/series";
import {
  createContract,
  createCustomer,
  createMeteringPoint,
  createSupplyPeriod,
} from "../../support/factories";
import { totpCodeAt } from "../../support/totp";
import type { Account, CustomerOptions, SessionCookie, StaffOptions } from "./account-types";

let made = 0;
/** Recovery codes of the staff made here: each later sign-in spends one, as a person without the phone would. */
const recoveryCodes = new Map<string, string[]>();

let nextIndividual = 0;
/** A synthetic national ID no demo person has (born 1991-07-15, month + 80), unique in this run. */
function uniqueNationalId(): string {
  while (nextIndividual < 500) {
    try {
      return syntheticNationalId({ y: 1991, m: 7, d: 15 }, nextIndividual++);
    } catch {
      // No valid control digit for this individual number: the next one.
    }
  }
  throw new Error("The browser suite has used every synthetic national ID of its birth date");
}

/**
 * A customer shaped like a demo customer (`like`, by first name): the same address, metering point
 * and contract, but their own login, national ID and surname, so that no search for a demo name finds them.
 */
export async function makeCustomer({
  like = "Kari",
  app = false,
  ended = false,
  joining = false,
  concludedDaysAgo,
  readings = false,
}: CustomerOptions): Promise<Account> {
  const person = DEMO_CUSTOMERS.find((c) => c.firstName === like);
  if (!person) throw new Error(`No demo customer is called ${like}`);
  const n = ++made;
  const email = `e2e.kunde${n}@example.com`;
  const nationalId = uniqueNationalId();
  const address = { street: person.street, postalCode: person.postalCode, city: person.city };
  const customer = await createCustomer({
    firstName: person.firstName,
    lastName: `Prøvesen${n}`,
    email,
    phone: person.phone,
    ...address,
    nationalIdCiphertext: encryptNationalId(nationalId),
    nationalIdHash: nationalIdBlindIndex(nationalId),
  });
  // The demo password's hash, not a new one: argon2 would cost the busy server CPU for every account.
  const { passwordHash } = await db.user.findUniqueOrThrow({
    where: { email: person.email },
    select: { passwordHash: true },
  });
  const user = await db.user.create({
    data: { email, passwordHash, role: "CUSTOMER", customerId: customer.id },
    select: { id: true },
  });
  const point = await createMeteringPoint(customer.id, {
    ...address,
    priceArea: person.priceArea,
    gridCompany: person.gridCompany,
    municipalityNumber: person.municipalityNumber,
    usageType: person.usageType,
  });
  const today = osloDate(new Date());
  const concluded = concludedDaysAgo === undefined ? null : addDays(today, -concludedDaysAgo);
  const since = concluded
    ? ([addDays(concluded, 2), today].sort()[0] ?? today)
    : joining
      ? addDays(today, 3)
      : addDays(today, -400);
  const endedOn = ended ? addDays(today, -30) : undefined;
  const { contract } = person;
  await createContract(customer.id, point.id, {
    product: contract.product,
    markupOrePerKwh: contract.markupOrePerKwh,
    monthlyFeeOre: contract.monthlyFeeOre,
    fixedPriceOrePerKwh: contract.fixedPriceOrePerKwh ?? null,
    startDate: new Date(since),
    // Just signed up (`joining`): concluded now, asking for supply within the withdrawal period.
    concludedAt: concluded
      ? osloMidnight(concluded)
      : joining
        ? new Date()
        : osloMidnight(addDays(since, -14)),
    startDuringWithdrawalPeriod: concluded !== null || joining,
    ...(endedOn ? { status: "TERMINATED" as const, endDate: new Date(endedOn) } : {}),
    ...(joining ? { status: "PENDING" as const } : {}),
  });
  const historyFrom = joining ? `${addMonths(today, -13).slice(0, 8)}01` : undefined;
  await createSupplyPeriod(customer.id, point.id, since, endedOn, historyFrom);
  const readingsFrom = historyFrom ?? (readings ? since : undefined);
  if (readingsFrom) {
    // Elhub's history as the import brings it (or the supply's own readings): the household's hourly
    // readings up to the last whole hour.
    const lastHour = new Date(Math.floor(Date.now() / HOUR_MS) * HOUR_MS - HOUR_MS);
    const series = { id: point.id, profile: person.consumption, resolution: "PT1H" as const };
    await insertConsumption(db, [{ ...series, from: osloMidnight(readingsFrom), last: lastHour }]);
  }
  const account: Account = {
    email,
    password: DEMO_PASSWORD,
    name: `${person.firstName} Prøvesen${n}`,
    userId: user.id,
    home: "/min-side",
    nationalId,
  };
  return app ? { ...account, totpSecret: await setUpApp(account) } : account;
}

/**
 * Sets up the authenticator app in a session of its own, as the set-up page does (a customer gives
 * the password too), and keeps the recovery codes for later sign-ins. Returns the secret.
 */
async function setUpApp({ email, userId }: Account): Promise<string> {
  const { sessionId } = await createSession(userId);
  const session = { sessionId, userId };
  const started = await startTotpEnrolment(session);
  if (!started.ok) throw new Error(`startTotpEnrolment: ${started.reason}`);
  // The previous step's code: the server then takes this step's code at a test's first typed code.
  const code = totpCodeAt(started.secret, new Date(Date.now() - 30_000));
  const confirmed = await confirmTotpEnrolment(session, { code, currentPassword: DEMO_PASSWORD });
  if (!confirmed.ok) throw new Error(`confirmTotpEnrolment: ${confirmed.reason}`);
  recoveryCodes.set(email, confirmed.recoveryCodes);
  await revokeSession(sessionId);
  return started.secret;
}

/**
 * A staff member as an administrator adds one (createStaff), who sets the password from the mailed
 * link and, unless `app: false`, sets up the authenticator app in a first session, as at a first sign-in.
 */
export async function makeStaff({ role, app = true }: StaffOptions): Promise<Account> {
  const n = ++made;
  const email = `e2e.ansatt${n}@example.com`;
  const name = `${role === "ADMIN" ? "Adam" : "Stine"} Prøvesen${n}`;
  const created = await createStaff("SYSTEM", { email, displayName: name, role }, { deliver: "return" });
  if (!created.ok || !created.setPasswordLink) throw new Error(`createStaff: ${JSON.stringify(created)}`);
  const token = new URL(created.setPasswordLink).searchParams.get("token") ?? "";
  const reset = await completePasswordReset({ token, password: DEMO_PASSWORD });
  if (!reset.ok) throw new Error(`completePasswordReset: ${reset.reason}`);
  const account: Account = { email, password: DEMO_PASSWORD, name, userId: created.userId, home: "/admin" };
  return app ? { ...account, totpSecret: await setUpApp(account) } : account;
}

/**
 * A new session for an account, as signing in makes one (session store, device label from the
 * browser's User-Agent), and its cookie as Auth.js writes it. A staff session (or a customer's with
 * the app) passes its second factor with one of the recovery codes from the set-up, which is no
 * strong proof for step-up; `strong` makes the session as BankID does, proven strongly now. A demo
 * customer may be signed in too.
 */
export async function openSession(email: string, userAgent: string, strong = false): Promise<SessionCookie> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, role: true, totp: { select: { confirmedAt: true } } },
  });
  const { sessionId } = await createSession(user.id, new Date(), deviceLabel(userAgent), strong);
  if (!strong && (user.role !== "CUSTOMER" || user.totp?.confirmedAt)) {
    const code = recoveryCodes.get(email)?.pop();
    if (!code) throw new Error(`${email} has no recovery code left to pass the second factor with`);
    // Read as the code form reads what is typed into it.
    const check = await verifySecondFactor({ sessionId, userId: user.id }, ZSecondFactorCode.parse(code));
    if (!check.ok) throw new Error(`verifySecondFactor: ${check.reason}`);
  }
  const name = env().APP_URL.startsWith("https:") ? "__Secure-authjs.session-token" : "authjs.session-token";
  const value = await encode({
    token: { sid: sessionId },
    secret: env().AUTH_SECRET,
    salt: name,
    maxAge: SESSION_LIFETIME_MS / 1000,
  });
  return { name, value };
}
