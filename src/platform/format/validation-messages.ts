// Norwegian words for zod's issues. A schema names its own message where a field needs one
// ("Velg et produkt."); this map words every issue a schema leaves unnamed, so that nothing a person
// reads beside a field is zod's English ("Invalid input: expected string, received undefined"). zod's
// own Norwegian locale is no help: half of it is English and type names ("Ugyldig input: forventet
// string, fikk undefined"). Pure: no I/O. Importing it configures zod for the whole process (zod keeps
// its configuration on globalThis, shared by every bundle); src/instrumentation.ts imports it before
// the server answers anything, and src/platform/form-state.ts, which words every form's issues, too.
import { z } from "zod";

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

export const REQUIRED = "Dette feltet må fylles ut.";
export const INVALID = "Ugyldig verdi.";
/** For what the user cannot have typed (a hidden field, an id): only a changed or stale page sends it. */
export const RELOAD = "Last siden på nytt og prøv igjen.";

const ID_FORMATS = new Set([
  "uuid",
  "uuidv4",
  "uuidv6",
  "uuidv7",
  "guid",
  "cuid",
  "cuid2",
  "ulid",
  "nanoid",
  "xid",
  "ksuid",
]);

const FORMAT_MESSAGES = new Map<string, string>([
  ["email", "Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no."],
  ["date", "Skriv en gyldig dato som ÅÅÅÅ-MM-DD."],
  ["datetime", "Skriv et gyldig tidspunkt."],
  ["time", "Skriv et gyldig klokkeslett."],
  ["url", "Skriv en gyldig nettadresse."],
  ["e164", "Skriv et gyldig telefonnummer."],
]);

function sizeText(issue: { minimum?: unknown; maximum?: unknown }): string {
  return String(issue.maximum ?? issue.minimum);
}

function tooBig(issue: Extract<RawIssue, { code: "too_big" }>): string {
  const size = sizeText(issue);
  switch (issue.origin) {
    case "string":
      return issue.exact ? `Skriv nøyaktig ${size} tegn.` : `Skriv høyst ${size} tegn.`;
    case "number":
    case "int":
    case "bigint":
      return issue.inclusive ? `Tallet kan være høyst ${size}.` : `Tallet må være mindre enn ${size}.`;
    case "array":
    case "set":
      return `Velg høyst ${size}.`;
    case "date":
      return "Datoen er for sen.";
    case "file":
      return "Filen er for stor.";
    default:
      return INVALID;
  }
}

function tooSmall(issue: Extract<RawIssue, { code: "too_small" }>): string {
  const size = sizeText(issue);
  switch (issue.origin) {
    case "string":
      if (issue.exact) return `Skriv nøyaktig ${size} tegn.`;
      return Number(issue.minimum) <= 1 ? REQUIRED : `Skriv minst ${size} tegn.`;
    case "number":
    case "int":
    case "bigint":
      return issue.inclusive ? `Tallet må være minst ${size}.` : `Tallet må være større enn ${size}.`;
    case "array":
    case "set":
      return Number(issue.minimum) <= 1 ? "Velg minst én." : `Velg minst ${size}.`;
    case "date":
      return "Datoen er for tidlig.";
    default:
      return INVALID;
  }
}

function invalidType(issue: Extract<RawIssue, { code: "invalid_type" }>): string {
  if (issue.input === undefined) return REQUIRED;
  if (issue.expected === "number" || issue.expected === "int" || issue.expected === "bigint")
    return "Skriv et tall.";
  if (issue.expected === "date") return "Skriv en gyldig dato.";
  return INVALID;
}

function invalidFormat(issue: Extract<RawIssue, { code: "invalid_format" }>): string {
  if (ID_FORMATS.has(issue.format)) return `Ugyldig id. ${RELOAD}`;
  return FORMAT_MESSAGES.get(issue.format) ?? "Verdien har feil form.";
}

/** The Norwegian message for an issue its schema gave no message of its own. */
export const norwegianIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      return invalidType(issue);
    case "too_big":
      return tooBig(issue);
    case "too_small":
      return tooSmall(issue);
    case "invalid_format":
      return invalidFormat(issue);
    case "invalid_value":
      return issue.values.length > 1 ? "Velg et av alternativene." : INVALID;
    case "invalid_union":
      // An unknown discriminator ("kind", "requester"): a choice outside the ones offered.
      return issue.discriminator ? "Velg et av alternativene." : INVALID;
    case "not_multiple_of":
      return `Tallet må gå opp i ${issue.divisor}.`;
    case "unrecognized_keys":
      return `Skjemaet har et felt vi ikke kjenner. ${RELOAD}`;
    default:
      return INVALID;
  }
};

z.config({ localeError: norwegianIssueMessage });
