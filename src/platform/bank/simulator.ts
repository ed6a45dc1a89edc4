import "server-only";
// The bank's file service as a module of the local simulator server (/bank): it lists and serves the OCR
// giro files it holds, as bank-files.ts reads them, and makes new ones on request, paying the KIDs a
// developer or a test names. Files live in this process's memory until it stops.
//   GET  /bank/v1/files                 → { files: [{ id, name, createdAt }] }
//   GET  /bank/v1/files/<id>            → { id, name, content }
//   POST /bank/v1/simulator/payments    { payments: [{ kid, amountOre, paidOn?, debitAccount? }] }
//                                       → 201 { id, name }: a new file with one assignment
import { z } from "zod";
import type { SimulatorModule, SimulatorResponse } from "@/platform/registries/simulator/server";
import { writeOcrGiro } from "./ocr-giro/write-ocr";

/** Klarkraft's account at the bank, as the simulated files name it (synthetic). */
export const SIMULATED_ACCOUNT = "15030012345";

const ZPaymentsToMake = z.object({
  payments: z
    .array(
      z.object({
        kid: z.string().regex(/^\d{1,25}$/),
        amountOre: z.number().int().min(1).max(2_147_483_647),
        paidOn: z.iso.date().optional(),
        debitAccount: z
          .string()
          .regex(/^\d{11}$/)
          .optional(),
      }),
    )
    .min(1)
    .max(500),
});

interface HeldFile {
  id: string;
  name: string;
  createdAt: string;
  content: string;
}

const files = new Map<string, HeldFile>();
let transmissions = 0;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Makes a file paying the given KIDs, as the bank would deliver it the next morning. */
export function makeBankFile(payments: z.infer<typeof ZPaymentsToMake>["payments"]): HeldFile {
  transmissions += 1;
  const netsDate = today();
  const content = writeOcrGiro({
    netsDate,
    transmissionNumber: String(transmissions),
    assignments: [
      {
        account: SIMULATED_ACCOUNT,
        assignmentNumber: String(transmissions),
        payments: payments.map((p) => ({ ...p, paidOn: p.paidOn ?? netsDate })),
      },
    ],
  });
  const id = `OCR.${netsDate.replaceAll("-", "")}.${String(transmissions).padStart(5, "0")}.${process.pid}`;
  const file = { id, name: `${id}.txt`, createdAt: new Date().toISOString(), content };
  files.set(id, file);
  return file;
}

function notFound(): SimulatorResponse {
  return { status: 404, body: { code: "NOT_FOUND", message: "No such file" } };
}

export const bankSimulator: SimulatorModule = {
  name: "bank",
  handle(request) {
    if (request.method === "GET" && request.path === "/v1/files") {
      const list = [...files.values()].map(({ id, name, createdAt }) => ({ id, name, createdAt }));
      return { status: 200, body: { files: list } };
    }
    const match = /^\/v1\/files\/([^/]+)$/.exec(request.path);
    if (request.method === "GET" && match) {
      const file = files.get(decodeURIComponent(match[1] ?? ""));
      return file ? { status: 200, body: file } : notFound();
    }
    if (request.method === "POST" && request.path === "/v1/simulator/payments") {
      const parsed = ZPaymentsToMake.safeParse(request.body);
      if (!parsed.success)
        return { status: 400, body: { code: "INVALID", message: "Give payments: kid, amountOre" } };
      const { id, name } = makeBankFile(parsed.data.payments);
      return { status: 201, body: { id, name } };
    }
    return notFound();
  },
};
