// The local BankID provider's page and the identities it gives: the people it lists are the registry
// simulator's (the README's table and the demo customers), and every name comes out as BankID gives it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { H_NUMBER_ERROR, parseChoice } from "@/platform/bankid/simulator/choice";
import { identityFor, nameAsWritten, namesOf } from "@/platform/bankid/simulator/identities";
import { pickerPage } from "@/platform/bankid/simulator/picker-page";
import { syntheticNationalId } from "@/platform/identifiers/national-id";
import { NAMED_PEOPLE, UNKNOWN_NATIONAL_ID } from "@/platform/registries/simulator/people";
import { DEMO_CUSTOMERS } from "../../prisma/seed/people";

const README = fs.readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
const page = pickerPage({ uid: "abc", allowTokenFaults: false });

/** The value of the radio button a person is chosen with. */
const radioFor = (nationalId: string) => `name="person" value="${nationalId}"`;

/** A number with the first nine digits given and valid control digits, or null when none fit. */
function withControlDigits(first9: string): string | null {
  const digits = [...first9].map(Number);
  const control = (weights: number[], over: number[]) => {
    const k = (11 - (weights.reduce((sum, w, i) => sum + w * (over[i] ?? 0), 0) % 11)) % 11;
    return k === 10 ? null : k;
  };
  const k1 = control([3, 7, 6, 1, 8, 9, 4, 5, 2], digits);
  const k2 = k1 === null ? null : control([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...digits, k1]);
  return k1 === null || k2 === null ? null : `${first9}${k1}${k2}`;
}

describe("the picker page", () => {
  it("lists every person of the README's table of test people, with their number", () => {
    const tableIds = [...README.matchAll(/^\| `(\d{11})` +\|/gm)].map((match) => match[1] as string);
    expect(tableIds.length).toBeGreaterThanOrEqual(15);
    for (const nationalId of tableIds) expect(page).toContain(radioFor(nationalId));
  });

  it("shows each named person's name and what trying them shows, and lists the demo customers", () => {
    for (const person of Object.values(NAMED_PEOPLE)) {
      expect(page).toContain(
        `${person.firstName}${person.middleName ? ` ${person.middleName}` : ""} ${person.lastName}`,
      );
      expect(page).toContain(person.outcome);
    }
    expect(page).toContain(radioFor(UNKNOWN_NATIONAL_ID));
    for (const customer of DEMO_CUSTOMERS) {
      expect(page).toContain(radioFor(syntheticNationalId(customer.birthDate, customer.individualNumber)));
      expect(page).toContain(`${customer.firstName} ${customer.lastName}`);
    }
  });

  it("is in bokmål with labelled fields, the two levels (high chosen), Avbryt, and no fault choice unless allowed", () => {
    expect(page).toContain('<html lang="nb">');
    expect(page).toContain("<title>BankID (testmiljø)</title>");
    expect(page).toContain('<label for="annet-fodselsnummer">Annet fødselsnummer (testbruker)</label>');
    expect(page).toMatch(
      /value="high" checked>\s*<label for="niva-high">BankID \(høyt sikkerhetsnivå\)<\/label>/,
    );
    expect(page).toContain("BankID med biometri (betydelig)");
    expect(page).toContain('value="abort">Avbryt</button>');
    expect(page).not.toContain("Feil i ID-tokenet");
    const withFaults = pickerPage({ uid: "abc", allowTokenFaults: true });
    expect(withFaults).toContain('<label for="feil-i-token">Feil i ID-tokenet (bare for tester)</label>');
    for (const fault of ["bad-signature", "wrong-issuer", "wrong-audience", "expired", "wrong-nonce"]) {
      expect(withFaults).toContain(`<option value="${fault}">`);
    }
  });

  it("escapes what it shows again", () => {
    const choice = parseChoice(new URLSearchParams({ nationalId: '"><script>x</script>' }), {
      allowTokenFaults: false,
    });
    expect(choice.kind).toBe("invalid");
    if (choice.kind !== "invalid") return;
    const again = pickerPage({ uid: "abc", allowTokenFaults: false, ...choice });
    expect(again).not.toContain("<script>");
    expect(again).toContain("&quot;&gt;&lt;script&gt;");
  });
});

describe("identities", () => {
  it("gives register capitals as written, and leaves written names alone", () => {
    expect(nameAsWritten("KARI")).toBe("Kari");
    expect(nameAsWritten("ANNE-LISE ØSTBØ")).toBe("Anne-Lise Østbø");
    expect(nameAsWritten("Snill Blå")).toBe("Snill Blå");
  });

  it("a person without a name signs in under the neutral test name", () => {
    expect(namesOf({ firstName: "", lastName: " " })).toEqual({ givenName: "Test", familyName: "Testesen" });
    expect(namesOf({ firstName: "Snill", middleName: "Blå", lastName: "Hvalross" })).toEqual({
      givenName: "Snill Blå",
      familyName: "Hvalross",
    });
  });

  it("BankID is never issued to an H-number, and an invalid number has no identity", () => {
    const hNumber = Array.from({ length: 100 }, (_, i) =>
      withControlDigits(`014580${String(i).padStart(3, "0")}`),
    ).find((n) => n !== null);
    expect(hNumber).toBeDefined();
    expect(identityFor(hNumber as string)).toBe("not-issued");
    expect(
      parseChoice(new URLSearchParams({ nationalId: hNumber as string }), { allowTokenFaults: false }),
    ).toMatchObject({
      kind: "invalid",
      error: { field: "nationalId", message: H_NUMBER_ERROR },
    });
    expect(identityFor("12345678901")).toBe("invalid");
    expect(identityFor(NAMED_PEOPLE.approvedDNumber.nationalId)).toMatchObject({ nationalIdType: "DNUMBER" });
  });
});
