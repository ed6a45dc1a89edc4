import { z } from "zod";
import { INVOICE_STATUSES } from "@/features/invoices";
import { ore, ZDate, ZInstant } from "./common";

export const ZInvoice = z
  .object({
    id: z.uuid(),
    invoiceNumber: z.int().meta({ example: 100123 }),
    kind: z.enum(["INVOICE", "CREDIT_NOTE"]).meta({ description: "Faktura eller kreditnota." }),
    status: z
      .enum(INVOICE_STATUSES)
      .meta({ description: "Status i dag, ut fra innbetalinger, purringer og kreditering." }),
    periodStart: ZDate.meta({ description: "Første dag fakturert." }),
    periodEnd: ZDate.meta({ description: "Siste dag fakturert (inklusiv)." }),
    issuedAt: ZInstant,
    dueDate: ZDate,
    payBy: ZDate.meta({ description: "Forfallet som gjelder nå: siste purrings, ellers fakturaens." }),
    amountOre: ore("Fakturabeløpet med mva (negativt for en kreditnota).", 123456),
    outstandingOre: ore("Gjenstående å betale, med purregebyr.", 0),
    overpaidOre: ore("Betalt for mye.", 0),
    kid: z
      .string()
      .nullable()
      .meta({ description: "KID til betalingen; null for en kreditnota.", example: "000123401001236" }),
    pageUrl: z.string().meta({
      description: "Fakturaen på Min side (krever innlogging).",
      example: "/min-side/faktura/0193a6c2-8e1f-7c3a-9d2b-4f5e6a7b8c9d",
    }),
    pdfUrl: z.string().meta({
      description: "Fakturaen som PDF (krever innlogging på Min side).",
      example: "/min-side/faktura/0193a6c2-8e1f-7c3a-9d2b-4f5e6a7b8c9d/faktura.pdf",
    }),
  })
  .meta({ id: "Invoice" });

export const ZInvoiceList = z
  .object({ invoices: z.array(ZInvoice).meta({ description: "Fakturaer og kreditnotaer, nyeste først." }) })
  .meta({ id: "InvoiceList" });

export type InvoiceList = z.infer<typeof ZInvoiceList>;
