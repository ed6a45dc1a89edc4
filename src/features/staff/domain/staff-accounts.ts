// Staff accounts as administrators manage them on /admin/ansatte and `npm run staff:create`.
import { z } from "zod";
import { ZEmail } from "@/features/sign-in";

export const DISPLAY_NAME_MAX_LENGTH = 100;

export const STAFF_ROLES = ["SUPPORT", "ADMIN"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ZDisplayName = z
  .string({ error: "Skriv inn navnet til den ansatte." })
  .trim()
  .min(1, "Skriv inn navnet til den ansatte.")
  .max(DISPLAY_NAME_MAX_LENGTH, `Navnet kan ha høyst ${DISPLAY_NAME_MAX_LENGTH} tegn.`);

export const ZStaffRole = z.enum(STAFF_ROLES, { error: "Velg en rolle." });

export const ZStaffCreate = z.object({ email: ZEmail, displayName: ZDisplayName, role: ZStaffRole });
export type TStaffCreate = z.infer<typeof ZStaffCreate>;

/** The row a "Deaktiver"/"Aktiver" button belongs to. */
export const ZStaffTarget = z.object({ userId: z.uuid({ error: "Ukjent ansatt." }) });
