import "server-only";
// The bank job: reads the files the bank's file service holds that are not read in yet (by name; the
// import itself is idempotent by content, so a file fetched twice still changes nothing). A file the
// service cannot give is tried again at the next run; a malformed one is refused and audited.
import { type BankFilesClient, configuredBankFiles } from "@/platform/bank/bank-files";
import { db } from "@/platform/db";
import { logWarning } from "@/platform/log";
import { importPaymentFile } from "./import-payments";

export interface BankFetchSummary {
  listed: number;
  imported: number;
  refused: number;
  unavailable: number;
}

export async function importNewBankFiles(
  client: BankFilesClient | null = configuredBankFiles(),
): Promise<BankFetchSummary> {
  const summary = { listed: 0, imported: 0, refused: 0, unavailable: 0 };
  if (!client) return summary;
  const list = await client.listFiles();
  if (!list.ok) {
    summary.unavailable += 1;
    return summary;
  }
  summary.listed = list.value.files.length;
  const names = list.value.files.map((f) => f.name);
  const known = await db.paymentImport.findMany({
    where: { fileName: { in: names } },
    select: { fileName: true },
  });
  const seen = new Set(known.map((k) => k.fileName));
  for (const listed of list.value.files) {
    if (seen.has(listed.name)) continue;
    const file = await client.fetchFile(listed.id);
    if (!file.ok) {
      summary.unavailable += 1;
      continue;
    }
    const result = await importPaymentFile(
      { fileName: file.value.name, content: file.value.content },
      { source: "bank" },
    );
    if (result.ok) summary.imported += result.duplicate ? 0 : 1;
    else {
      summary.refused += 1;
      logWarning("bank.file-refused", `line ${result.line}`);
    }
  }
  return summary;
}
