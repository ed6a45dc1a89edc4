import "server-only";
// Nets' OCR giro file (Mastercard Payment Services, "OCR giro – systemspesifikasjon"): fixed-width records
// of 80 characters, each starting "NY", a service code (00 for the transmission, 09 for OCR giro), a
// transaction or assignment type, and the record type. Positions below are 1-based, as the specification
// counts them; the same layout is used by open-source readers of the format (python-netsgiro).
//
//   10 transmission start  9–16 data transmitter, 17–23 transmission number, 24–31 data recipient
//   20 assignment start    9–17 agreement id, 18–24 assignment number, 25–35 assignment account
//   30 amount item 1       9–15 transaction number, 16–21 Nets date DDMMYY, 22–23 centre id, 24–25 day
//                          code, 26 partial settlement number, 27–31 serial number, 32 sign ("-" or
//                          "0"), 33–49 amount in øre, 50–74 KID right-aligned, 75–80 zeros
//   31 amount item 2       9–15 transaction number, 16–25 form number, 26–34 archive reference,
//                          35–41 filler, 42–47 bank date DDMMYY, 48–58 debit account, 59–80 zeros
//   32 amount item 3       9–15 transaction number, 16–55 free text (transaction types 20 and 21 only)
//   88 assignment end      9–16 transactions, 17–24 records (start and end included), 25–41 sum in øre,
//                          42–47 Nets date, 48–53 earliest and 54–59 latest payment date
//   89 transmission end    9–16 transactions, 17–24 records (all), 25–41 sum in øre, 42–47 Nets date

export const RECORD_LENGTH = 80;

export const RECORD_TYPES = {
  transmissionStart: "10",
  assignmentStart: "20",
  amountItem1: "30",
  amountItem2: "31",
  amountItem3: "32",
  assignmentEnd: "88",
  transmissionEnd: "89",
} as const;

/** Nets' transaction types of OCR giro: how the payer paid. 18 and 20 are reversals (negative amounts). */
export const TRANSACTION_TYPES = {
  "10": "Giro belastet konto",
  "11": "Faste oppdrag",
  "12": "Direkte remittering",
  "13": "Bedriftsterminal giro",
  "14": "Skrankegiro",
  "15": "AvtaleGiro",
  "16": "Telegiro / nettbank",
  "17": "Kontantgiro",
  "18": "Reversering med KID",
  "19": "Kjøp med KID",
  "20": "Reversering med fritekst",
  "21": "Kjøp med fritekst",
} as const;

export type TransactionType = keyof typeof TRANSACTION_TYPES;

/** The transaction types that carry a third amount record (free text instead of a KID). */
export const TEXT_TRANSACTION_TYPES: readonly string[] = ["20", "21"];

export const KID_WIDTH = 25;
export const AMOUNT_WIDTH = 17;

/** One payment: its two (or three) amount records read together. */
export interface OcrPayment {
  transactionType: TransactionType;
  transactionNumber: number;
  /** Nets' settlement date, YYYY-MM-DD. */
  paidOn: string;
  /** Øre; negative for a reversal. */
  amountOre: number;
  /** The payment's KID, or "" when the payer gave none (a text payment). */
  kid: string;
  centreId: string;
  dayCode: string;
  partialSettlement: string;
  serialNumber: string;
  formNumber: string;
  archiveReference: string;
  /** The payer's bank date, YYYY-MM-DD, or null when zero. */
  bankDate: string | null;
  /** The payer's account (11 digits), or null when zero. */
  debitAccount: string | null;
  /** Line of the file (1-based) of the first amount record. */
  line: number;
}

export interface OcrAssignment {
  agreementId: string;
  assignmentNumber: string;
  /** The account paid into (ours). */
  account: string;
  payments: OcrPayment[];
}

export interface OcrGiroFile {
  dataTransmitter: string;
  transmissionNumber: string;
  dataRecipient: string;
  /** Nets' date of the transmission, YYYY-MM-DD. */
  netsDate: string;
  assignments: OcrAssignment[];
}

/** A calendar date YYYY-MM-DD as the file writes it: DDMMYY (years 2000–2099). */
export function toDdmmyy(date: string): string {
  return `${date.slice(8, 10)}${date.slice(5, 7)}${date.slice(2, 4)}`;
}

/** DDMMYY as YYYY-MM-DD, or null when it names no calendar day. */
export function fromDdmmyy(text: string): string | null {
  if (!/^\d{6}$/.test(text)) return null;
  const day = Number(text.slice(0, 2));
  const month = Number(text.slice(2, 4));
  const year = 2000 + Number(text.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Every payment of the file, in file order. */
export function ocrPayments(file: OcrGiroFile): OcrPayment[] {
  return file.assignments.flatMap((assignment) => assignment.payments);
}
