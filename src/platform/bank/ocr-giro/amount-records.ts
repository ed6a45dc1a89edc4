import "server-only";
// The amount records of one payment (30, 31 and, for a text payment, 32), read into an OcrPayment.
import {
  fromDdmmyy,
  type OcrPayment,
  TEXT_TRANSACTION_TYPES,
  TRANSACTION_TYPES,
  type TransactionType,
} from "./layout";
import { type Fields, OcrError } from "./records";

/** Payment.amountOre is a 32-bit integer: a larger payment is refused rather than cut. */
const MAX_AMOUNT_ORE = 2_147_483_647;

export function firstAmountRecord(fields: Fields, line: number): OcrPayment {
  const transactionType = fields.type ?? "";
  if (!Object.hasOwn(TRANSACTION_TYPES, transactionType)) {
    throw new OcrError(line, `Ukjent transaksjonstype «${transactionType}».`);
  }
  const paidOn = fromDdmmyy(fields.date ?? "");
  if (!paidOn) throw new OcrError(line, "Oppgjørsdatoen er ingen gyldig dato (DDMMÅÅ).");
  const amount = Number(fields.amount);
  if (amount > MAX_AMOUNT_ORE) throw new OcrError(line, "Beløpet er større enn vi kan registrere.");
  const kid = (fields.kid ?? "").trim();
  if (kid.includes(" ")) throw new OcrError(line, "KID-feltet har mellomrom inne i nummeret.");
  return {
    transactionType: transactionType as TransactionType,
    transactionNumber: Number(fields.number),
    paidOn,
    amountOre: fields.sign === "-" ? -amount : amount,
    kid,
    centreId: fields.centre ?? "",
    dayCode: fields.day ?? "",
    partialSettlement: fields.partial ?? "",
    serialNumber: fields.serial ?? "",
    formNumber: "",
    archiveReference: "",
    bankDate: null,
    debitAccount: null,
    line,
  };
}

function sameTransaction(payment: OcrPayment, fields: Fields, line: number) {
  if (fields.type !== payment.transactionType || Number(fields.number) !== payment.transactionNumber) {
    throw new OcrError(
      line,
      `Posten hører ikke til transaksjonen på linje ${payment.line} (annen transaksjonstype eller -nummer).`,
    );
  }
}

export function secondAmountRecord(payment: OcrPayment, fields: Fields, line: number) {
  sameTransaction(payment, fields, line);
  const bankDate = fields.bankDate === "000000" ? null : fromDdmmyy(fields.bankDate ?? "");
  if (bankDate === null && fields.bankDate !== "000000") {
    throw new OcrError(line, "Bankdatoen er ingen gyldig dato (DDMMÅÅ).");
  }
  payment.formNumber = fields.form ?? "";
  payment.archiveReference = (fields.reference ?? "").trim();
  payment.bankDate = bankDate;
  payment.debitAccount = /^0+$/.test(fields.account ?? "") ? null : (fields.account ?? null);
}

export function thirdAmountRecord(payment: OcrPayment, fields: Fields, line: number) {
  sameTransaction(payment, fields, line);
  if (!TEXT_TRANSACTION_TYPES.includes(payment.transactionType)) {
    throw new OcrError(line, "Beløpspost 3 hører bare til transaksjonstype 20 og 21.");
  }
}
