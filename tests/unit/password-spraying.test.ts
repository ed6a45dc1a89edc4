import { describe, expect, it } from "vitest";
import { ZPasswordReset } from "@/features/sign-in/server/new-password";
import { passwordWeakness } from "@/features/sign-in/server/password-strength";

const token = "A".repeat(43);

/** The message a user sees under the new-password field, or null when the password is taken. */
function refusal(password: string): string | null {
  const parsed = ZPasswordReset.safeParse({ token, password, repeatPassword: password });
  if (parsed.success) return null;
  return parsed.error.issues.find((issue) => issue.path[0] === "password")?.message ?? null;
}

// A security probe found these accepted (zxcvbn score 3): a password sprayer's first guesses.
const SPRAYED = [
  "Sommer2026!!",
  "Passord2026!!",
  "Welcome2026!!",
  "Qwerty2026!!",
  "Fotball2026!!",
  "Januar2026!!",
  "Norge2026Norge",
];

describe("passwords a sprayer tries first", () => {
  it.each(SPRAYED)("refuses %s, saying in Norwegian that it is a common word", (password) => {
    expect(refusal(password)).toMatch(/vanlig ord|samme ordet gjentatt/);
    expect(refusal(password)).toMatch(/Velg en lengre setning/);
  });

  it.each([
    ["leet-speak", "P4ssord2026!!"],
    ["leet-speak", "S0mmer2026!!"],
    ["leet-speak", "F0tb4ll2026!!"],
    ["all capitals", "SOMMER2026!!"],
    ["mixed case", "pAsSoRd2026!!"],
    ["symbols first", "!!Vinter2026#"],
    ["digits only", "Rosenborg1963"],
    ["a word without æøå", "Valerenga2026!"],
    ["the word with æøå", "Vålerenga2026!"],
    ["an English word", "Liverpool2026!!"],
    ["the service's name", "Klarkraft2026!"],
  ])("refuses a word padded with digits or symbols (%s: %s)", (_kind, password) => {
    expect(refusal(password)).toMatch(/vanlig ord med tall eller tegn/);
  });

  it.each([["SommerSommer!1"], ["N0rg3N0rg3N0rg3"], ["Sommer2026Sommer2026"], ["Passord!Passord!"]])(
    "refuses the same word repeated: %s",
    (password) => {
      expect(refusal(password)).toMatch(/samme ordet gjentatt/);
    },
  );

  it.each([
    ["blå hest danser på taket"],
    ["Kaffe-Fjell-Trikk-9"],
    ["correct horse battery staple"],
    ["Blåbær og brunost til frokost"],
    ["jeg-liker-å-sykle-til-jobben"],
    ["xK9#mQ2$vL7!pZ"],
  ])("still accepts the strong password %s", (password) => {
    expect(refusal(password)).toBeNull();
  });

  it("leaves a password that is mostly digits and symbols to the score", () => {
    expect(passwordWeakness("8#a91!$k2@7&x^4")).toBeNull();
  });
});
