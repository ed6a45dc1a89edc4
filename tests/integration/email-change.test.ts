// Changing the login email on Min side (P23): the new address must prove it receives mail before the
// email or the login changes. The code is read from the mail that reached the new address.
import { describe, expect, it } from "vitest";
import { confirmEmailChange, requestEmailChange } from "@/features/privacy/server";
import { authenticate } from "@/features/sign-in/server/authentication";
import { db } from "@/platform/db";
import { clientAddresses } from "../support/client-address";
import { createUser, PASSWORD } from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { readMailTo, waitForMailTo } from "../support/mail-inbox";

const sink = localMailSinkForFile();
const options = { mail: sink.mail };
const nextIp = clientAddresses("198.51.100");

let sequence = 0;
const newAddress = () => `flyttet.adresse${++sequence}@example.com`;

async function customer() {
  const user = await createUser();
  return { userId: user.id, customerId: user.customerId as string, email: user.email };
}

async function emails(actor: { userId: string; customerId: string }) {
  const [user, customer] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true } }),
    db.customer.findUniqueOrThrow({ where: { id: actor.customerId }, select: { email: true } }),
  ]);
  return { login: user.email, contact: customer.email };
}

/** Asks for the change as the form does, and reads the code out of the mail to the new address. */
async function requestAndReadCode(actor: { userId: string; customerId: string }, email: string) {
  const before = new Date();
  expect(await requestEmailChange(actor, { email, currentPassword: PASSWORD }, options)).toEqual({
    ok: true,
    email,
  });
  const mail = await waitForMailTo(sink.dir, email, { after: before, timeoutMs: 5_000 });
  const digits = mail.text.match(/Koden din er (\d{3}) (\d{3})\./);
  if (!digits) throw new Error("no code in the mail");
  return `${digits[1]}${digits[2]}`;
}

const wrongCodeFor = (code: string) => (code === "000000" ? "000001" : "000000");

describe("changing the login email", () => {
  it("P23: nothing changes until the code mailed to the new address is entered; then email and login change, audited, and the old address is told", async () => {
    const actor = await customer();
    const email = newAddress();
    const code = await requestAndReadCode(actor, email);

    // Asked for, mailed, and still the old address everywhere: signing in with the new one fails.
    expect(await emails(actor)).toEqual({ login: actor.email, contact: actor.email });
    expect((await authenticate({ email, password: PASSWORD, ip: nextIp() })).ok).toBe(false);
    expect(await readMailTo(sink.dir, actor.email)).toEqual([]);

    expect(await confirmEmailChange(actor, { email, code: wrongCodeFor(code) }, options)).toEqual({
      ok: false,
      reason: "wrong-code",
    });
    expect(await emails(actor)).toEqual({ login: actor.email, contact: actor.email });

    expect(await confirmEmailChange(actor, { email, code }, options)).toEqual({ ok: true });
    expect(await emails(actor)).toEqual({ login: email, contact: email });
    expect((await authenticate({ email, password: PASSWORD, ip: nextIp() })).ok).toBe(true);

    const notice = await waitForMailTo(sink.dir, actor.email, { timeoutMs: 5_000 });
    expect(notice.subject).toBe("E-postadressen din hos Klarkraft er endret");
    const audit = await db.auditLog.findMany({
      where: { subjectCustomerId: actor.customerId, action: { not: "auth.login.success" } },
      select: { action: true, metadata: true },
    });
    expect(audit.map((row) => row.action).sort()).toEqual([
      "contact.email.changed",
      "email-verification.issued",
      "email-verification.verified",
    ]);
    expect(JSON.stringify(audit)).not.toContain(email);
    expect(JSON.stringify(audit)).not.toContain(code);
  });

  it("P23: needs the password before any code is mailed", async () => {
    const actor = await customer();
    const email = newAddress();
    expect(await requestEmailChange(actor, { email, currentPassword: "feil passord!" }, options)).toEqual({
      ok: false,
      reason: "wrong-current-password",
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await readMailTo(sink.dir, email)).toEqual([]);
  });

  it("a code mailed to one new address does not change the email to another", async () => {
    const actor = await customer();
    const asked = newAddress();
    const code = await requestAndReadCode(actor, asked);
    const other = newAddress();
    expect(await confirmEmailChange(actor, { email: other, code }, options)).toEqual({
      ok: false,
      reason: "wrong-code",
    });
    expect(await emails(actor)).toEqual({ login: actor.email, contact: actor.email });
  });

  it("another customer's code does not change this customer's email", async () => {
    const owner = await customer();
    const email = newAddress();
    const code = await requestAndReadCode(owner, email);
    const intruder = await customer();
    expect(await confirmEmailChange(intruder, { email, code }, options)).toEqual({
      ok: false,
      reason: "no-code",
    });
    expect(await emails(intruder)).toEqual({ login: intruder.email, contact: intruder.email });
  });

  it("refuses, without mailing a code, an address another account uses or the one they have", async () => {
    const actor = await customer();
    const other = await customer();
    expect(
      await requestEmailChange(actor, { email: other.email, currentPassword: PASSWORD }, options),
    ).toEqual({ ok: false, reason: "email-taken" });
    expect(
      await requestEmailChange(actor, { email: actor.email, currentPassword: PASSWORD }, options),
    ).toEqual({ ok: false, reason: "same-email" });
    expect(await db.emailVerification.count({ where: { userId: actor.userId } })).toBe(0);
  });

  it("an address taken by another account after the code was sent is refused, and nothing changes", async () => {
    const actor = await customer();
    const email = newAddress();
    const code = await requestAndReadCode(actor, email);
    const other = await customer();
    await db.user.update({ where: { id: other.userId }, data: { email } });
    expect(await confirmEmailChange(actor, { email, code }, options)).toEqual({
      ok: false,
      reason: "email-taken",
    });
    expect(await emails(actor)).toEqual({ login: actor.email, contact: actor.email });
    expect(
      await db.auditLog.count({ where: { action: "contact.email.changed", targetId: actor.customerId } }),
    ).toBe(0);
  });
});
