import "server-only";
import { db } from "@/platform/db";
import { passwordWeakness } from "./password-strength";

/**
 * Whether a password that passed the general strength rule is weak for this account holder: built
 * from their email or name, which an attacker targeting them would try first.
 */
export async function resemblesAccountHolder(userId: string, password: string): Promise<boolean> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, customer: { select: { firstName: true, lastName: true } } },
  });
  // The email's domain (gmail, example) says nothing about the person; its local part does.
  const [localPart = ""] = user.email.split("@");
  const personal = [localPart, user.customer?.firstName ?? "", user.customer?.lastName ?? ""];
  return passwordWeakness(password, personal) !== null;
}
