// The one CSV writer for every file we hand out (the Forbruk download, the portability ZIP, the audit
// log): RFC 4180 quoting and CRLF line ends, UTF-8 with a byte-order mark so that Excel reads æøå, and a
// guard against spreadsheet formulas on every cell. Written here rather than with csv-stringify: the
// quoting is two lines, while what matters (the guard, which cells count as numbers, the BOM, lines
// yielded one at a time from async generators) is our policy and would wrap the library anyway.

/** Starts every file, before the header: without it Excel reads UTF-8 as Windows-1252. */
export const CSV_BOM = "\uFEFF";

/** `,` for files read by programs (the ZIP, the audit log); `;` for one Norwegian Excel opens as columns. */
export type CsvDelimiter = "," | ";";

/** A cell: text, a number, a flag, or nothing (an empty cell). */
export type CsvCell = string | number | bigint | boolean | null | undefined;

/** How we write numbers ourselves: "-12.50", "1.2500", "42". Such text cannot hold a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** What a spreadsheet may take as the start of a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The guard: text starting with = + - @, a tab or a CR gets a leading apostrophe, so a spreadsheet
 * shows it as text and runs nothing. Numbers stay numbers: a number or bigint, and text that is only a
 * decimal number (our kWh, prices and amounts, negative ones too).
 */
function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** One field: quoted when it holds a comma, a semicolon, a quote or a line break, whichever delimiter the file uses. */
export function csvField(value: CsvCell): string {
  const text = cellText(value);
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[], delimiter: CsvDelimiter = ","): string {
  return `${cells.map(csvField).join(delimiter)}\r\n`;
}

/** A file's first line: the byte-order mark and the header, in one language per file. */
export function csvHeader(columns: readonly string[], delimiter: CsvDelimiter = ","): string {
  return CSV_BOM + csvLine(columns, delimiter);
}
