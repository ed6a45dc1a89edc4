import "server-only";
// The shape of each OCR giro record as a regular expression over its 80 characters (positions in
// layout.ts). Fillers the specification gives as zeros must be zeros, but the one filler of amount item
// 2 that banks are known to fill (positions 35–41) is read as any text and ignored.
import { AMOUNT_WIDTH, KID_WIDTH } from "./layout";

/** A fault of the file: its line and, in Norwegian, what is wrong there. */
export class OcrError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export type Fields = Record<string, string>;

const TRANSACTION = "(?<type>\\d{2})";
const NUMBER = "(?<number>\\d{7})";

export const RECORD_PATTERNS: ReadonlyMap<string, RegExp> = new Map([
  ["10", /^NY000010(?<transmitter>\d{8})(?<transmission>\d{7})(?<recipient>\d{8})0{49}$/],
  ["20", /^NY090020(?<agreement>\d{9})(?<assignment>\d{7})(?<account>\d{11})0{45}$/],
  [
    "30",
    new RegExp(
      `^NY09${TRANSACTION}30${NUMBER}(?<date>\\d{6})(?<centre>\\d{2})(?<day>\\d{2})(?<partial>\\d)` +
        `(?<serial>\\d{5})(?<sign>[-0])(?<amount>\\d{${AMOUNT_WIDTH}})(?<kid>[\\d ]{${KID_WIDTH}})0{6}$`,
    ),
  ],
  [
    "31",
    new RegExp(
      `^NY09${TRANSACTION}31${NUMBER}(?<form>\\d{10})(?<reference>[\\d ]{9}).{7}(?<bankDate>\\d{6})` +
        "(?<account>\\d{11})0{22}$",
    ),
  ],
  ["32", new RegExp(`^NY09${TRANSACTION}32${NUMBER}(?<text>.{40})0{25}$`)],
  [
    "88",
    /^NY090088(?<transactions>\d{8})(?<records>\d{8})(?<sum>\d{17})(?<date>\d{6})(?<first>\d{6})(?<last>\d{6})0{21}$/,
  ],
  ["89", /^NY000089(?<transactions>\d{8})(?<records>\d{8})(?<sum>\d{17})(?<date>\d{6})0{33}$/],
]);

/** What each record type is called in a message to staff. */
export const RECORD_NAMES: ReadonlyMap<string, string> = new Map([
  ["10", "startpost for forsendelsen (10)"],
  ["20", "startpost for oppdraget (20)"],
  ["30", "beløpspost 1 (30)"],
  ["31", "beløpspost 2 (31)"],
  ["32", "beløpspost 3 (32)"],
  ["88", "sluttpost for oppdraget (88)"],
  ["89", "sluttpost for forsendelsen (89)"],
]);
