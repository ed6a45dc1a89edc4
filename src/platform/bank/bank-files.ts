import "server-only";
// The bank's delivery of OCR giro files (Nets sends them to the bank's file service, which we read). The
// protocol is our own and kept small, since banks differ (SFTP, EBICS, a REST file API): an HTTP endpoint
// with a bearer token that lists the files it holds and serves each as JSON with the file's text. The
// local simulator (simulator.ts) speaks the same. Built on the registries' HTTP core: a timeout per
// attempt, retries for these read-only calls, typed outcomes.
import { z } from "zod";
import { env } from "@/platform/env";
import { type RegistryResult, requestJson } from "@/platform/registries/http-client";

const ZFileId = z.string().regex(/^[A-Za-z0-9._-]{1,100}$/);

export const ZBankFileList = z.object({
  files: z
    .array(z.object({ id: ZFileId, name: z.string().min(1).max(200), createdAt: z.iso.datetime() }))
    .max(1000),
});

export const ZBankFile = z.object({
  id: ZFileId,
  name: z.string().min(1).max(200),
  /** The file's text (ISO-8859-1 as delivered; OCR giro uses digits, spaces and letters only). */
  content: z.string().max(20_000_000),
});

export type BankFileList = z.infer<typeof ZBankFileList>;
export type BankFile = z.infer<typeof ZBankFile>;

export interface BankFilesClient {
  listFiles(): Promise<RegistryResult<BankFileList>>;
  fetchFile(id: string): Promise<RegistryResult<BankFile>>;
}

export function createBankFilesClient(options: {
  url: string;
  token: string;
  timeoutMs: number;
}): BankFilesClient {
  const config = {
    name: "bank",
    baseUrl: options.url,
    headers: { Authorization: `Bearer ${options.token}` },
    timeoutMs: options.timeoutMs,
    retries: 2,
    backoffMs: 150,
  };
  return {
    listFiles: () =>
      requestJson(config, {
        method: "GET",
        path: "/v1/files",
        idempotent: true,
        schema: ZBankFileList,
        operation: "list",
      }),
    fetchFile: (id) =>
      requestJson(config, {
        method: "GET",
        path: `/v1/files/${encodeURIComponent(id)}`,
        idempotent: true,
        schema: ZBankFile,
        operation: "fetch",
      }),
  };
}

/** The bank's file service as configured, or null where none is (files are then uploaded by staff). */
export function configuredBankFiles(): BankFilesClient | null {
  const e = env();
  if (!e.BANK_FILES_URL || !e.BANK_FILES_TOKEN) return null;
  return createBankFilesClient({ url: e.BANK_FILES_URL, token: e.BANK_FILES_TOKEN, timeoutMs: 30_000 });
}
