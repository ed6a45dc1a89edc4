import "server-only";
// Writes an OCR giro file as Nets delivers one (layout.ts): one transmission, its assignments, two amount
// records per payment (three for a text payment), and end records with the counts and sums. Used by the
// bank simulator, the benchmark and tests; the parser reads back exactly what this writes.
import {
  AMOUNT_WIDTH,
  KID_WIDTH,
  RECORD_LENGTH,
  TEXT_TRANSACTION_TYPES,
  type TransactionType,
  toDdmmyy,
} from "./layout";

export interface PaymentToWrite {
  kid: string;
  amountOre: number;
  /** YYYY-MM-DD */
  paidOn: string;
  transactionType?: TransactionType;
  debitAccount?: string | null;
  bankDate?: string | null;
  archiveReference?: string;
  /** Free text of a text payment (types 20 and 21), at most 40 characters. */
  text?: string;
}

export interface OcrFileToWrite {
  /** YYYY-MM-DD: the transmission's date at Nets. */
  netsDate: string;
  dataTransmitter?: string;
  transmissionNumber?: string;
  dataRecipient?: string;
  assignments: readonly {
    account: string;
    agreementId?: string;
    assignmentNumber?: string;
    payments: readonly PaymentToWrite[];
  }[];
}

const digits = (value: number | string, width: number) => String(value).padStart(width, "0");

function record(text: string): string {
  if (text.length !== RECORD_LENGTH) throw new Error(`An OCR record of ${text.length} characters`);
  return text;
}

function paymentRecords(payment: PaymentToWrite, number: number): string[] {
  const type = payment.transactionType ?? "16";
  const head = `NY09${type}`;
  const transaction = digits(number, 7);
  const kid = payment.kid.padStart(KID_WIDTH, " ");
  if (!/^\d{0,25}$/.test(payment.kid)) throw new Error("A KID is up to 25 digits");
  const sign = payment.amountOre < 0 ? "-" : "0";
  const amount = digits(Math.abs(payment.amountOre), AMOUNT_WIDTH);
  const date = toDdmmyy(payment.paidOn);
  const bankDate = payment.bankDate ? toDdmmyy(payment.bankDate) : "000000";
  const reference = (payment.archiveReference ?? "").padStart(9, "0");
  const records = [
    record(
      `${head}30${transaction}${date}01${date.slice(0, 2)}1${digits(number % 100_000, 5)}${sign}${amount}${kid}000000`,
    ),
    record(
      `${head}31${transaction}${"0".repeat(10)}${reference}${"0".repeat(7)}${bankDate}${digits(payment.debitAccount ?? "", 11)}${"0".repeat(22)}`,
    ),
  ];
  if (TEXT_TRANSACTION_TYPES.includes(type)) {
    records.push(
      record(`${head}32${transaction}${(payment.text ?? "").slice(0, 40).padEnd(40, " ")}${"0".repeat(25)}`),
    );
  }
  return records;
}

function endRecord(prefix: string, transactions: number, records: number, sumOre: number, tail: string) {
  if (sumOre < 0) throw new Error("An OCR file's sum cannot be negative");
  return record(
    `${prefix}${digits(transactions, 8)}${digits(records, 8)}${digits(sumOre, AMOUNT_WIDTH)}${tail}`,
  );
}

/** The file's text: records separated by CRLF, as banks deliver them, with a final line break. */
export function writeOcrGiro(file: OcrFileToWrite): string {
  const lines = [
    record(
      `NY000010${digits(file.dataTransmitter ?? "00008080", 8)}${digits(file.transmissionNumber ?? "1", 7)}${digits(file.dataRecipient ?? "00123456", 8)}${"0".repeat(49)}`,
    ),
  ];
  let number = 0;
  let total = 0;
  let count = 0;
  for (const [index, assignment] of file.assignments.entries()) {
    const start = lines.length;
    lines.push(
      record(
        `NY090020${digits(assignment.agreementId ?? "1", 9)}${digits(assignment.assignmentNumber ?? index + 1, 7)}${digits(assignment.account, 11)}${"0".repeat(45)}`,
      ),
    );
    let sum = 0;
    for (const payment of assignment.payments) {
      number += 1;
      sum += payment.amountOre;
      lines.push(...paymentRecords(payment, number));
    }
    const dates = assignment.payments.map((p) => p.paidOn).sort();
    const first = toDdmmyy(dates[0] ?? file.netsDate);
    const last = toDdmmyy(dates.at(-1) ?? file.netsDate);
    const records = lines.length - start + 1;
    lines.push(
      endRecord(
        "NY090088",
        assignment.payments.length,
        records,
        sum,
        `${toDdmmyy(file.netsDate)}${first}${last}${"0".repeat(21)}`,
      ),
    );
    total += sum;
    count += assignment.payments.length;
  }
  lines.push(
    endRecord("NY000089", count, lines.length + 1, total, `${toDdmmyy(file.netsDate)}${"0".repeat(33)}`),
  );
  return `${lines.join("\r\n")}\r\n`;
}
