// The value kinds audit metadata is made of: ids, counts, flags and codes, never a person's name,
// email, phone number or national ID number.
import { z } from "zod";

/** An action that records no metadata. */
export const none = z.undefined();
export const id = z.string();
export const count = z.number().int().nonnegative();
export const code = z.string();
/** A list of codes; a caller's readonly list is fine. */
export const codes = z.array(code).readonly();
export const role = z.enum(["CUSTOMER", "SUPPORT", "ADMIN"]);

/** A look at a customer's data by staff: the reason they gave and which fields were shown. */
export const look = z.strictObject({ reason: code, shown: codes });
