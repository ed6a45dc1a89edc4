import "server-only";
import { db } from "@/platform/db";
import type { Staff } from "./threads";

/**
 * Open threads waiting for this staff member: nobody has taken them, or they have and the customer
 * wrote last (a customer's message reopens a thread). One count on the status index, for the header.
 */
export async function countWaitingInquiries(staff: Pick<Staff, "userId">): Promise<number> {
  return db.inquiry.count({
    where: { status: "OPEN", OR: [{ assignedToUserId: null }, { assignedToUserId: staff.userId }] },
  });
}
