import "server-only";
import { db } from "@/platform/db";

export interface CustomerProfile {
  customerNumber: number;
  firstName: string;
  lastName: string;
  /** Null once erased. */
  email: string | null;
  phone: string | null;
  street: string;
  postalCode: string;
  city: string;
  /** P6: the address was taken from Folkeregisteret at "Bli kunde" (else the customer gave it). */
  addressFromRegister: boolean;
}

/** The customer's own contact details for "Profil"; null if the customer no longer exists. */
export async function getCustomerProfile(customerId: string): Promise<CustomerProfile | null> {
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: {
      customerNumber: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      street: true,
      postalCode: true,
      city: true,
      fieldSources: true,
    },
  });
  if (!customer) return null;
  const { fieldSources, ...profile } = customer;
  const sources = (fieldSources ?? {}) as Record<string, string>;
  return { ...profile, addressFromRegister: sources.street === "REGISTER" };
}
