// Audit actions of privacy rights: requests and their handling, the customer's own choices, exports,
// and erasure.
import { z } from "zod";
import { code, codes, count, id, look, none } from "./fields";

/** Set or lifted by the customer (lifting records no request), or lifted by staff (no metadata). */
const choice = z.strictObject({ requestId: id.nullable() }).optional();
const transition = z.strictObject({ type: code, status: code });
const rectified = z.strictObject({ requestId: id, source: code, recipientsTold: codes });

export const PRIVACY_ACTIONS = {
  "privacy-request.create": z.strictObject({ type: code, field: code.nullable() }),
  "privacy-request.register": z.strictObject({
    type: code,
    customer: z.boolean(),
    identityVerification: code.nullable(),
  }),
  "privacy-request.register-check": look.extend({ outcome: code }),
  "privacy-request.list": look,
  "privacy-request.view": look,
  "privacy-request.in-progress": transition,
  "privacy-request.extended": transition,
  "privacy-request.rejected": transition,
  /** Completed by staff, or found already done by an earlier erasure. */
  "privacy-request.completed": z.union([
    transition,
    z.strictObject({ type: z.literal("ERASURE"), alreadyErased: z.literal(true) }),
  ]),
  "privacy-request.rectified.name": rectified,
  "privacy-request.rectified.address": rectified,
  "privacy-request.rectified.national-id": rectified,
  "privacy-request.rectified.metering-point": rectified,
  "privacy.restriction.set": choice,
  "privacy.restriction.lifted": choice,
  "privacy.marketing.set": choice,
  "privacy.marketing.lifted": choice,
  "privacy.profiling.set": choice,
  "privacy.profiling.lifted": choice,
  "privacy.export.access-report": none,
  "privacy.export.access-json": none,
  "privacy.export.portability": none,
  "privacy.erasure.completed": z.strictObject({
    requestId: id,
    sessions: count,
    consents: count,
    inquiries: count,
    applications: count,
    readings: count,
    erasureRequestsAnswered: count,
    requestsWithdrawn: count,
  }),
  "privacy.erasure.non-customer": z.strictObject({ inquiries: count, applications: count }),
} as const satisfies Record<string, z.ZodType>;
