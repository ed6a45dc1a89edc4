// Audit actions on a customer's account and data: staff looks, contracts, registry lookups, inquiries
// and contact details.
import { z } from "zod";
import { code, codes, count, id, look, none } from "./fields";

export const CUSTOMER_SERVICE_ACTIONS = {
  "customer.search": z.strictObject({
    reason: code,
    keys: codes,
    page: count,
    total: count,
    capped: z.boolean(),
    resultCount: count,
    customerIds: codes,
  }),
  "customer.search.result": look,
  "customer.view": look,
  "customer.national-id.reveal": look,
  "customer.create": z.strictObject({ applicationId: id, contractId: id, product: code }),
  "customer.consent": z.strictObject({
    termsVersion: code,
    folkeregister: z.boolean(),
    elhub: z.boolean(),
    experian: z.boolean(),
    elhubMandate: z.boolean(),
    consentedAt: z.iso.datetime(),
  }),
  "contact.phone.updated": none,
  "contact.email.changed": none,
  "contract.product-change": z.strictObject({ newContractId: id, product: code, fromDate: z.iso.date() }),
  "contract.terminate": z.strictObject({ endDate: z.iso.date() }),
  /** Angrerett: the contract ends at endDate (its start date if supply never started). */
  "contract.withdraw": z.strictObject({
    endDate: z.iso.date(),
    daysSupplied: count,
    paysForDaysSupplied: z.boolean(),
  }),
  "contract.move": z.strictObject({
    newContractId: id,
    fromMeteringPointId: id,
    toMeteringPointId: id,
    moveDate: z.iso.date(),
    newMeteringPoint: z.boolean(),
  }),
  /** A question to Folkeregisteret, Elhub or Experian. */
  "registry.lookup": z.strictObject({ registry: code, purpose: code, outcome: code }),
  "inquiry.create": none,
  "inquiry.customer-reply": z.strictObject({ reopened: z.boolean() }),
  "inquiry.list": look,
  "inquiry.view": look,
  "inquiry.register": none,
  "inquiry.assign": none,
  "inquiry.reply": none,
  /** By staff (no metadata), or by the retention job after the thread was quiet. */
  "inquiry.close": z.strictObject({ quietDays: count }).optional(),
} as const satisfies Record<string, z.ZodType>;
