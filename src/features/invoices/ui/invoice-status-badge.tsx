import { Badge, type BadgeTone } from "@/ui/badge";
import { INVOICE_STATUS_LABELS, type InvoiceStatus } from "../domain/invoice-status";

const TONES: Record<InvoiceStatus, BadgeTone> = {
  unpaid: "brand",
  "partly-paid": "brand",
  overdue: "warning",
  reminded: "warning",
  paid: "success",
  overpaid: "success",
  credited: "neutral",
  "credit-note": "neutral",
};

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  return <Badge tone={TONES[status]}>{INVOICE_STATUS_LABELS[status]}</Badge>;
}
