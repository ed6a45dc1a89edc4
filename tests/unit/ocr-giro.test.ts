import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ocrPayments } from "@/platform/bank/ocr-giro/layout";
import { parseOcrGiro } from "@/platform/bank/ocr-giro/parse-ocr";
import { type PaymentToWrite, writeOcrGiro } from "@/platform/bank/ocr-giro/write-ocr";

const SAMPLE = fs.readFileSync(path.join(import.meta.dirname, "../fixtures/ocr-giro/sample.txt"), "latin1");
const lines = () => SAMPLE.split("\r\n").slice(0, -1);
const refusal = (text: string) => {
  const result = parseOcrGiro(text);
  if (result.ok) throw new Error("The file was accepted");
  return result;
};

describe("OCR giro: the sample file with every record type", () => {
  it("reads each payment of both assignments with its KID, amount, dates and payer's account", () => {
    const result = parseOcrGiro(SAMPLE);
    if (!result.ok) throw new Error(result.message);
    const { file } = result;
    expect(file).toMatchObject({ dataTransmitter: "00008080", netsDate: "2026-11-05" });
    expect(file.assignments.map((a) => [a.assignmentNumber, a.account])).toEqual([
      ["0000017", "15030012345"],
      ["0000018", "15030012345"],
    ]);
    expect(
      ocrPayments(file).map((p) => [p.line, p.transactionType, p.kid, p.amountOre, p.paidOn, p.debitAccount]),
    ).toEqual([
      [3, "16", "10000000000000000018", 125_000, "2026-11-04", "12345678903"],
      [5, "10", "0000531", 10_200, "2026-11-04", "98765432106"],
      [7, "21", "", 50_000, "2026-11-04", "11112222333"],
      [12, "11", "10000000000000000026", 99_950, "2026-11-05", null],
      [14, "18", "0000531", -10_200, "2026-11-05", null],
    ]);
    expect(ocrPayments(file)[0]).toMatchObject({ bankDate: "2026-11-03", archiveReference: "963682719" });
  });

  it("reads a file with LF line ends and none after the last record the same", () => {
    const result = parseOcrGiro(lines().join("\n"));
    expect(result.ok && ocrPayments(result.file).length).toBe(5);
  });
});

describe("OCR giro: a malformed file is refused whole, with the line and why", () => {
  const replaceLine = (n: number, text: string) =>
    lines()
      .map((line, i) => (i === n - 1 ? text : line))
      .join("\r\n");

  it("refuses an unknown record type", () => {
    const bad = `${lines()[2]?.slice(0, 6)}77${lines()[2]?.slice(8)}`;
    expect(refusal(replaceLine(3, bad))).toEqual({
      ok: false,
      line: 3,
      message: "Linje 3: Ukjent posttype «77».",
    });
  });

  it("refuses a record that is not 80 characters long", () => {
    const result = refusal(replaceLine(5, `${lines()[4]}0`));
    expect(result.line).toBe(5);
    expect(result.message).toBe("Linje 5: Posten har 81 tegn; hver post i en OCR-fil skal ha 80.");
  });

  it("refuses end records whose sum or counts disagree with the payments", () => {
    const end = lines()[9] ?? "";
    const wrongSum = `${end.slice(0, 24)}00000000000185201${end.slice(41)}`;
    expect(refusal(replaceLine(10, wrongSum)).message).toBe(
      "Linje 10: Oppdragets sluttpost oppgir summen 185201 øre, men beløpene er til sammen 185200 øre.",
    );
    const last = lines()[16] ?? "";
    const wrongCount = `${last.slice(0, 8)}00000004${last.slice(16)}`;
    expect(refusal(replaceLine(17, wrongCount)).message).toBe(
      "Linje 17: Forsendelsens sluttpost oppgir 4 transaksjoner, men det er 5.",
    );
  });

  it("refuses a truncated file: the last line it has, and that the end record is missing", () => {
    const truncated = lines().slice(0, 12).join("\r\n");
    const result = refusal(truncated);
    expect(result.line).toBe(12);
    expect(result.message).toMatch(
      /^Linje 12: Filen slutter uten sluttpost for forsendelsen \(posttype 89\)/,
    );
  });

  it("refuses records out of order, a second amount record of another transaction, and bad fields", () => {
    expect(refusal(replaceLine(4, lines()[5] ?? "")).message).toMatch(
      /^Linje 4: Posten hører ikke til transaksjonen på linje 3/,
    );
    expect(refusal(lines().slice(1).join("\r\n")).message).toMatch(
      /^Linje 1: Her skulle det stått startpost for forsendelsen/,
    );
    expect(refusal(`${SAMPLE}${lines()[0]}\r\n`).message).toBe(
      "Linje 18: Det kommer poster etter sluttposten for forsendelsen.",
    );
    const badDate = `${lines()[2]?.slice(0, 15)}310226${lines()[2]?.slice(21)}`;
    expect(refusal(replaceLine(3, badDate)).message).toBe(
      "Linje 3: Oppgjørsdatoen er ingen gyldig dato (DDMMÅÅ).",
    );
    const letterInAmount = `${lines()[2]?.slice(0, 40)}X${lines()[2]?.slice(41)}`;
    expect(refusal(replaceLine(3, letterInAmount)).message).toBe(
      "Linje 3: Feltene i beløpspost 1 (30) stemmer ikke med formatet.",
    );
    expect(refusal("").message).toBe("Linje 1: Filen er tom.");
  });
});

describe("OCR giro: what the writer writes, the parser reads back", () => {
  it("gives back the same payments for many generated files", () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const assignments = Array.from({ length: 1 + next(3) }, () => ({
        account: String(10_000_000_000 + next(1_000_000_000)),
        payments: Array.from({ length: next(6) }, (): PaymentToWrite => {
          const day = String(1 + next(28)).padStart(2, "0");
          return {
            kid: String(next(10 ** 9)).padStart(1 + next(20), "0"),
            amountOre: 1 + next(100_000_000),
            paidOn: `2026-0${1 + next(9)}-${day}`,
            transactionType: (["10", "11", "12", "13", "14", "15", "16", "17", "19"] as const)[next(9)],
            debitAccount: next(2) ? String(10_000_000_000 + next(1_000_000_000)) : null,
          };
        }),
      }));
      const result = parseOcrGiro(writeOcrGiro({ netsDate: "2026-10-01", assignments }));
      if (!result.ok) throw new Error(result.message);
      expect(
        ocrPayments(result.file).map(({ kid, amountOre, paidOn, transactionType, debitAccount }) => ({
          kid,
          amountOre,
          paidOn,
          transactionType,
          debitAccount,
        })),
      ).toEqual(assignments.flatMap((a) => a.payments));
    }
  });
});
