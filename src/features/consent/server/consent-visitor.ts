import "server-only";
import { getSessionUser } from "@/features/sign-in/routes";

export interface ConsentVisitor {
  userId: string;
  customerId: string | null;
}

/**
 * The guard of the consent action: anyone may choose. A choice made signed in records who made it,
 * so a customer finds it in their history; a signed-out choice records only the consent id.
 */
export async function consentVisitor(): Promise<ConsentVisitor | null> {
  const user = await getSessionUser();
  return user ? { userId: user.userId, customerId: user.customerId } : null;
}
