import "server-only";
// Who the local BankID provider can sign in: the registry simulator's synthetic people (the README's
// table, and the demo customers), or any valid national ID typed on the page under a neutral test name.
// The token's `sub` is an HMAC of the national ID under a key of this server's own: stable for a
// person while the server runs, opaque, never the number itself.
import { createHmac } from "node:crypto";
import { parseNationalId, syntheticNationalId } from "@/platform/identifiers/national-id";
import {
  findSyntheticPerson,
  NAMED_PEOPLE,
  type SyntheticPerson,
  UNKNOWN_NATIONAL_ID,
} from "@/platform/registries/simulator/people";
import { DEMO_CUSTOMERS } from "../../../../prisma/seed/people";
import { NATIONAL_ID_CLAIM, NATIONAL_ID_COUNTRY_CLAIM, NATIONAL_ID_TYPE_CLAIM } from "../claims";

export interface BankIdIdentity {
  nationalId: string;
  nationalIdType: "BIRTH" | "DNUMBER";
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD, when the register or the number tells it. */
  birthdate?: string;
}

/** One choice on the page: a person of the simulator, and what trying them shows (people.ts). */
export interface TestPerson {
  nationalId: string;
  name: string;
  note?: string;
}

/** Whom BankID signs in when people.ts does not know the number. */
const NEUTRAL_NAME = { givenName: "Test", familyName: "Testesen" };

/** Registers write names in capitals (the demo customers' are); BankID gives them as written. */
export function nameAsWritten(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => {
    return `${before}${letter.toUpperCase()}`;
  });
}

/** The names BankID gives for a person of the register (none: the neutral test name). */
export function namesOf(person: Pick<SyntheticPerson, "firstName" | "middleName" | "lastName"> | undefined): {
  givenName: string;
  familyName: string;
} {
  const given = [person?.firstName, person?.middleName]
    .map((part) => part?.trim() ?? "")
    .filter(Boolean)
    .join(" ");
  const family = person?.lastName?.trim() ?? "";
  // A person without a name in the register still signs in, under the neutral name.
  if (!given && !family) return NEUTRAL_NAME;
  return {
    givenName: nameAsWritten(given || NEUTRAL_NAME.givenName),
    familyName: nameAsWritten(family || NEUTRAL_NAME.familyName),
  };
}

/**
 * The identity BankID gives for a national ID, or why it gives none: the number is not valid, or is
 * an H-number (a health-service number, which BankID is never issued to).
 */
export function identityFor(nationalId: string): BankIdIdentity | "invalid" | "not-issued" {
  const parsed = parseNationalId(nationalId);
  if (!parsed) return "invalid";
  if (parsed.kind === "HNR") return "not-issued";
  const person = findSyntheticPerson(nationalId);
  const birthdate = person?.birthDate || parsed.birthDate;
  return {
    nationalId,
    nationalIdType: parsed.kind === "DNR" ? "DNUMBER" : "BIRTH",
    ...namesOf(person),
    ...(birthdate ? { birthdate } : {}),
  };
}

/** The ID token's claims about the person (the scopes decide which of them the client gets). */
export function personClaims(identity: BankIdIdentity): Record<string, string> {
  return {
    [NATIONAL_ID_CLAIM]: identity.nationalId,
    [NATIONAL_ID_TYPE_CLAIM]: identity.nationalIdType,
    [NATIONAL_ID_COUNTRY_CLAIM]: "NO",
    given_name: identity.givenName,
    family_name: identity.familyName,
    name: `${identity.givenName} ${identity.familyName}`,
    ...(identity.birthdate ? { birthdate: identity.birthdate } : {}),
  };
}

function choice(nationalId: string, note?: string): TestPerson {
  const identity = identityFor(nationalId);
  const name = typeof identity === "string" ? "" : `${identity.givenName} ${identity.familyName}`;
  return { nationalId, name, ...(note ? { note } : {}) };
}

/** The page's choices: the people the README names, then the demo customers (already customers). */
export const TEST_PEOPLE_GROUPS: readonly { legend: string; people: readonly TestPerson[] }[] = [
  {
    legend: "Testpersoner for «Bli kunde»",
    people: [
      ...Object.values(NAMED_PEOPLE).map((person) => choice(person.nationalId, person.outcome)),
      choice(UNKNOWN_NATIONAL_ID, "Finnes ikke i Folkeregisteret"),
    ],
  },
  {
    legend: "Demokunder (har allerede konto)",
    people: DEMO_CUSTOMERS.map((customer) => {
      const nationalId = syntheticNationalId(customer.birthDate, customer.individualNumber);
      return choice(nationalId, findSyntheticPerson(nationalId)?.outcome);
    }),
  },
];

/** Subjects of one server: `sub` from a national ID, and the identity behind a `sub` it has issued. */
export class Subjects {
  readonly #key: Buffer;
  readonly #signedIn = new Map<string, BankIdIdentity>();

  constructor(key: Buffer) {
    this.#key = key;
  }

  /** Remembers who signed in and returns their `sub`. */
  signIn(identity: BankIdIdentity): string {
    const sub = createHmac("sha256", this.#key).update(identity.nationalId).digest("base64url");
    this.#signedIn.set(sub, identity);
    return sub;
  }

  find(sub: string): BankIdIdentity | undefined {
    return this.#signedIn.get(sub);
  }
}
