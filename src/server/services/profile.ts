import "server-only";
import { db } from "@/server/db";

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
}

/** The customer's own contact details for "Profil"; null if the customer no longer exists. */
export async function getCustomerProfile(customerId: string): Promise<CustomerProfile | null> {
  return db.customer.findUnique({
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
    },
  });
}
