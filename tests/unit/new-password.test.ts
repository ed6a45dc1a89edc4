import { describe, expect, it } from "vitest";
import { ZPasswordChange, ZPasswordReset } from "@/features/sign-in/server/new-password";
import { passwordWeakness } from "@/features/sign-in/server/password-strength";

describe("new passwords", () => {
  it("a new password needs 12 to 200 characters and the repeat must match, with Norwegian messages", () => {
    const token = "A".repeat(43);
    expect(
      ZPasswordReset.safeParse({ token, password: "kort", repeatPassword: "kort" }).error?.issues[0]?.message,
    ).toBe("Passordet må ha minst 12 tegn.");
    expect(
      ZPasswordReset.safeParse({ token, password: "p".repeat(201), repeatPassword: "p".repeat(201) }).success,
    ).toBe(false);
    const mismatch = ZPasswordChange.safeParse({
      currentPassword: "gammelt",
      newPassword: "et langt nytt passord",
      repeatPassword: "et annet langt passord",
    });
    expect(mismatch.error?.issues[0]?.path).toEqual(["repeatPassword"]);
    expect(
      ZPasswordChange.safeParse({
        currentPassword: "gammelt",
        newPassword: "et langt nytt passord",
        repeatPassword: "et langt nytt passord",
      }).success,
    ).toBe(true);
  });

  it("accepts only a well-formed reset token", () => {
    const base = { password: "et langt nytt passord", repeatPassword: "et langt nytt passord" };
    expect(ZPasswordReset.safeParse({ ...base, token: "abc_-".padEnd(43, "x") }).success).toBe(true);
    expect(ZPasswordReset.safeParse({ ...base, token: "this-token-was-never-issued" }).success).toBe(false);
    expect(ZPasswordReset.safeParse({ ...base, token: "x".repeat(10_000) }).success).toBe(false);
  });

  it.each([
    "password1234",
    "passord12345",
    "qwertyuiopasdf",
    "aaaaaaaaaaaaaa",
    "123456789012",
    "klarkraft2026",
  ])("rejects the common or guessable password %s, saying why in Norwegian", (password) => {
    const parsed = ZPasswordReset.safeParse({ token: "A".repeat(43), password, repeatPassword: password });
    expect(parsed.success).toBe(false);
    const message = parsed.error?.issues.find((issue) => issue.path[0] === "password")?.message ?? "";
    expect(message).toMatch(/passord|gjette|gjentatte|rekkefølger|tastatur/i);
    expect(message).not.toMatch(/\b(the|is|are|password)\b/);
  });

  it.each(["blå hest danser på taket", "Kaffe-Fjell-Trikk-9", "correct horse battery staple"])(
    "accepts the strong password %s",
    (password) => {
      expect(
        ZPasswordReset.safeParse({ token: "A".repeat(43), password, repeatPassword: password }).success,
      ).toBe(true);
    },
  );

  it("finds a password built from the account holder's own name or email weak", () => {
    expect(passwordWeakness("Ingrid-Johansen-88")).toBeNull();
    expect(passwordWeakness("Ingrid-Johansen-88", ["ingrid.johansen", "Ingrid", "Johansen"])).toMatch(
      /navnet ditt|e-postadressen/,
    );
  });
});
