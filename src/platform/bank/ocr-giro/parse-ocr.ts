import "server-only";
// Reads a whole OCR giro file or refuses it whole: every record 80 characters and of its layout, the
// records in the order the format allows, each assignment's and the transmission's end record agreeing
// with the counts and sums of what came before. A refusal names the line and says why, in Norwegian,
// for the staff member who uploaded the file.
import { firstAmountRecord, secondAmountRecord, thirdAmountRecord } from "./amount-records";
import { fromDdmmyy, type OcrAssignment, type OcrGiroFile, type OcrPayment, RECORD_LENGTH } from "./layout";
import { type Fields, OcrError, RECORD_NAMES, RECORD_PATTERNS } from "./records";

export type OcrParseResult = { ok: true; file: OcrGiroFile } | { ok: false; line: number; message: string };

/** What may follow each record type; "" is the start of the file. */
const NEXT: ReadonlyMap<string, readonly string[]> = new Map([
  ["", ["10"]],
  ["10", ["20", "89"]],
  ["20", ["30", "88"]],
  ["30", ["31"]],
  ["31", ["30", "32", "88"]],
  ["32", ["30", "88"]],
  ["88", ["20", "89"]],
  ["89", []],
]);

export function parseOcrGiro(text: string): OcrParseResult {
  try {
    return { ok: true, file: readFile(splitLines(text)) };
  } catch (error) {
    if (error instanceof OcrError) {
      return { ok: false, line: error.line, message: `Linje ${error.line}: ${error.reason}` };
    }
    throw error;
  }
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  if (lines.length === 0) throw new OcrError(1, "Filen er tom.");
  return lines;
}

interface Totals {
  transactions: number;
  records: number;
  sumOre: number;
}

function readFile(lines: readonly string[]): OcrGiroFile {
  let previous = "";
  let file: OcrGiroFile | undefined;
  let assignment: (OcrAssignment & Totals) | undefined;
  let payment: OcrPayment | undefined;
  const transmission: Totals = { transactions: 0, records: 0, sumOre: 0 };

  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const { type, fields } = readRecord(raw, line, previous);
    transmission.records += 1;
    if (assignment) assignment.records += 1;
    switch (type) {
      case "10":
        file = startTransmission(fields);
        break;
      case "20":
        assignment = { ...startAssignment(fields), transactions: 0, records: 1, sumOre: 0 };
        break;
      case "30":
        payment = firstAmountRecord(fields, line);
        if (assignment) {
          assignment.payments.push(payment);
          assignment.transactions += 1;
          assignment.sumOre += payment.amountOre;
        }
        transmission.transactions += 1;
        transmission.sumOre += payment.amountOre;
        break;
      case "31":
        if (payment) secondAmountRecord(payment, fields, line);
        break;
      case "32":
        if (payment) thirdAmountRecord(payment, fields, line);
        break;
      case "88":
        if (assignment) {
          checkTotals(fields, assignment, line, "Oppdragets");
          const { transactions: _t, records: _r, sumOre: _s, ...done } = assignment;
          file?.assignments.push(done);
        }
        assignment = undefined;
        break;
      case "89":
        checkTotals(fields, transmission, line, "Forsendelsens");
        break;
    }
    previous = type;
  }
  if (previous !== "89" || !file) {
    throw new OcrError(
      lines.length,
      "Filen slutter uten sluttpost for forsendelsen (posttype 89). Den kan være avkortet; be banken om hele filen.",
    );
  }
  file.netsDate = netsDateOfEnd(lines.at(-1) ?? "");
  return file;
}

function readRecord(raw: string, line: number, previous: string): { type: string; fields: Fields } {
  if (raw.length !== RECORD_LENGTH) {
    throw new OcrError(
      line,
      `Posten har ${raw.length} tegn; hver post i en OCR-fil skal ha ${RECORD_LENGTH}.`,
    );
  }
  if (!raw.startsWith("NY")) throw new OcrError(line, "Posten begynner ikke med formatkoden NY.");
  const type = raw.slice(6, 8);
  const pattern = RECORD_PATTERNS.get(type);
  if (!pattern) throw new OcrError(line, `Ukjent posttype «${type.replace(/[^\w -]/g, "?")}».`);
  const allowed = NEXT.get(previous) ?? [];
  if (!allowed.includes(type)) {
    const expected = allowed.map((t) => RECORD_NAMES.get(t)).join(" eller ");
    throw new OcrError(
      line,
      allowed.length === 0
        ? "Det kommer poster etter sluttposten for forsendelsen."
        : `Her skulle det stått ${expected}, men posten er ${RECORD_NAMES.get(type)}.`,
    );
  }
  const match = pattern.exec(raw);
  if (!match?.groups) {
    throw new OcrError(line, `Feltene i ${RECORD_NAMES.get(type)} stemmer ikke med formatet.`);
  }
  return { type, fields: match.groups };
}

function startTransmission(fields: Fields): OcrGiroFile {
  return {
    dataTransmitter: fields.transmitter ?? "",
    transmissionNumber: fields.transmission ?? "",
    dataRecipient: fields.recipient ?? "",
    netsDate: "",
    assignments: [],
  };
}

function startAssignment(fields: Fields): OcrAssignment {
  return {
    agreementId: fields.agreement ?? "",
    assignmentNumber: fields.assignment ?? "",
    account: fields.account ?? "",
    payments: [],
  };
}

function checkTotals(fields: Fields, actual: Totals, line: number, whose: string) {
  const stated = {
    transactions: Number(fields.transactions),
    records: Number(fields.records),
    sumOre: Number(fields.sum),
  };
  if (stated.transactions !== actual.transactions) {
    throw new OcrError(
      line,
      `${whose} sluttpost oppgir ${stated.transactions} transaksjoner, men det er ${actual.transactions}.`,
    );
  }
  if (stated.records !== actual.records) {
    throw new OcrError(
      line,
      `${whose} sluttpost oppgir ${stated.records} poster, men det er ${actual.records}.`,
    );
  }
  if (stated.sumOre !== actual.sumOre) {
    throw new OcrError(
      line,
      `${whose} sluttpost oppgir summen ${stated.sumOre} øre, men beløpene er til sammen ${actual.sumOre} øre.`,
    );
  }
  if (fromDdmmyy(fields.date ?? "") === null) {
    throw new OcrError(line, "Datoen i sluttposten er ingen gyldig dato (DDMMÅÅ).");
  }
}

function netsDateOfEnd(raw: string): string {
  return fromDdmmyy(raw.slice(41, 47)) ?? "";
}
