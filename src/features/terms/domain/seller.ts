// Who the customer makes the contract with, as the terms, the withdrawal form and the contract document
// name them: the same company the privacy statement names as controller.
import { CONTROLLER } from "@/features/privacy";

export const SELLER = {
  name: CONTROLLER.name,
  street: CONTROLLER.street,
  postalCode: CONTROLLER.postalCode,
  city: CONTROLLER.city,
  email: CONTROLLER.customerServiceEmail,
  /** Synthetic company: deliberately no organisation number (see CONTROLLER), so none is printed. */
  organisationNumber: null,
} as const;

/** "Klarkraft AS, Kraftgata 1, 0150 Oslo" */
export const SELLER_ADDRESS = `${SELLER.name}, ${SELLER.street}, ${SELLER.postalCode} ${SELLER.city}`;
