import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  eraseOwnDataAction,
  requestEmailChangeAction,
  updatePhoneAction,
} from "@/app/min-side/personvern/actions";
import { changeOwnPassword } from "@/app/min-side/profil/actions";
import { disableOwnSecondFactor } from "@/app/min-side/profil/second-factor-actions";
import { STEP_UP_MINUTES } from "@/features/sign-in/domain/security-limits";
import { sessionIdFromAuth } from "@/features/sign-in/server/config";
import { db } from "@/platform/db";
import { createUser, PASSWORD } from "../support/factories";
import { enrolledInApp, form, sessionWithProof } from "../support/step-up";
import { thrownBy } from "../support/thrown-by";
import { totpCodeAt } from "../support/totp";

// Every action that step-up protects checks its own session, whatever page it was posted from. The
// guards are real: the "cookie" names a real AuthSession row, whose strongAuthAt each test sets.
vi.mock("@/features/sign-in/server/config", () => ({ sessionIdFromAuth: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const cookie = vi.mocked(sessionIdFromAuth);

const MINUTE = 60_000;
const STEP_UP = STEP_UP_MINUTES * MINUTE;
const STALE = [
  ["never", null],
  [`${STEP_UP_MINUTES} minutes and 1 second ago`, STEP_UP + 1_000],
] as const;
const FRESH = STEP_UP - MINUTE;
const WRONG_PASSWORD = "ikke det riktige passordet";

/** Signs `userId` in with a session whose last strong proof was `proofAge` ms ago, or never. */
async function signedIn(userId: string, proofAge: number | null): Promise<void> {
  cookie.mockResolvedValue(await sessionWithProof(userId, proofAge));
}

/** Everything these actions could change for the user: contact details, login, app, audit rows. */
async function snapshot(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      passwordHash: true,
      customer: { select: { email: true, phone: true } },
      totp: { select: { confirmedAt: true } },
      recoveryCodes: { select: { usedAt: true } },
      _count: { select: { sessions: true } },
    },
  });
}

const refusal = (doing: string) => ({
  ok: false,
  formError: `Bekreft at det er deg med BankID eller koden fra autentiseringsappen før du ${doing}. Last siden på nytt og velg «Bekreft at det er deg» øverst på siden.`,
});

beforeEach(() => cookie.mockReset());

describe("actions that want a fresh strong proof", () => {
  for (const [when, age] of STALE) {
    it(`refuse when the last proof was ${when}, keep what was typed, and change nothing`, async () => {
      const user = await createUser();
      await signedIn(user.id, age);
      const before = await snapshot(user.id);
      const audit = await db.auditLog.count();

      expect(await updatePhoneAction(null, form({ phone: "+47 400 00 001" }))).toEqual({
        ...refusal("endrer telefonnummeret"),
        fieldErrors: {},
        values: { phone: "+47 400 00 001" },
      });
      expect(
        await requestEmailChangeAction(
          null,
          form({ email: "ny.adresse@example.com", currentPassword: PASSWORD }),
        ),
      ).toMatchObject({ ...refusal("endrer e-postadressen"), values: { email: "ny.adresse@example.com" } });
      expect(await eraseOwnDataAction(null, form({ currentPassword: PASSWORD }))).toMatchObject(
        refusal("sletter opplysningene dine"),
      );
      const newPassword = "Et helt nytt og langt passord 2026";
      expect(
        await changeOwnPassword(
          null,
          form({ currentPassword: PASSWORD, newPassword, repeatPassword: newPassword }),
        ),
      ).toMatchObject(refusal("bytter passord"));

      expect(await snapshot(user.id)).toEqual(before);
      expect(await db.auditLog.count()).toBe(audit);
    });
  }

  it(`let a proof from ${STEP_UP_MINUTES - 1} minutes ago through to the service`, async () => {
    const user = await createUser();
    await signedIn(user.id, FRESH);
    expect(await updatePhoneAction(null, form({ phone: "+47 400 00 002" }))).toMatchObject({ ok: true });
    expect((await snapshot(user.id)).customer?.phone).toBe("+4740000002");

    // The services' own checks answer now: the password is asked for as before.
    const wrongPassword = {
      fieldErrors: { currentPassword: [expect.stringContaining("Passordet stemmer ikke")] },
    };
    expect(
      await requestEmailChangeAction(
        null,
        form({ email: "ny.adresse@example.com", currentPassword: WRONG_PASSWORD }),
      ),
    ).toMatchObject(wrongPassword);
    expect(await eraseOwnDataAction(null, form({ currentPassword: WRONG_PASSWORD }))).toMatchObject(
      wrongPassword,
    );
    const newPassword = "Et helt nytt og langt passord 2026";
    expect(
      await changeOwnPassword(
        null,
        form({ currentPassword: WRONG_PASSWORD, newPassword, repeatPassword: newPassword }),
      ),
    ).toMatchObject(wrongPassword);
  });
});

describe("turning the second factor off", () => {
  it("with a recovery code wants a fresh proof first, and then turns it off", async () => {
    const { user, recoveryCodes } = await enrolledInApp("CUSTOMER");
    await signedIn(user.id, null);
    const before = await snapshot(user.id);
    expect(await disableOwnSecondFactor(null, form({ code: recoveryCodes[0] ?? "" }))).toMatchObject(
      refusal("slår av totrinnsinnlogging med en gjenopprettingskode"),
    );
    expect(await snapshot(user.id)).toEqual(before);

    await signedIn(user.id, FRESH);
    expect(await thrownBy(disableOwnSecondFactor(null, form({ code: recoveryCodes[0] ?? "" })))).toContain(
      ";/min-side/profil;",
    );
    expect((await snapshot(user.id)).totp).toBeNull();
  });

  it("with a current app code needs nothing more: the code is the fresh proof", async () => {
    const { user, secret } = await enrolledInApp("CUSTOMER");
    await signedIn(user.id, null);
    const code = totpCodeAt(secret, new Date());
    expect(await thrownBy(disableOwnSecondFactor(null, form({ code })))).toContain(";/min-side/profil;");
    expect((await snapshot(user.id)).totp).toBeNull();
  });
});
