// Customers who report a move: Elhub (the simulator) knows them by a real synthetic national ID, so
// their ciphertext is real, unlike the factories' placeholders.

import { encryptNationalId } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { syntheticNationalId } from "@/platform/identifiers/national-id";
import { DEMO_MOVE_TARGETS } from "@/platform/registries/simulator/people";
import { DEMO_CUSTOMERS } from "../../prisma/seed/people";
import {
  type ContractOverrides,
  createContract,
  createMeteringPoint,
  createSupplyPeriod,
  createUser,
} from "./factories";

const KARI = DEMO_CUSTOMERS.find((c) => c.firstName === "Kari");
if (!KARI) throw new Error("Kari is a demo customer");

/** Demo customer Kari Nordmann's national ID, which the simulated Elhub knows. */
export const KARI_NATIONAL_ID = syntheticNationalId(KARI.birthDate, KARI.individualNumber);
/** Where demo customers can move to: Sjøgata 12 (found), Tollbugata 8 (blocked), Fjellveien 3 (disconnected), Prinsens gate 5 (Elhub fails). */
export { DEMO_MOVE_TARGETS };

/** A signed-up customer with this national ID, supplied since 2025 on a point in Oslo under a contract. */
export async function moverWithContract(nationalId: string, contract: ContractOverrides = {}) {
  const user = await createUser();
  const customerId = user.customerId ?? "";
  await db.customer.update({
    where: { id: customerId },
    data: { nationalIdCiphertext: encryptNationalId(nationalId) },
  });
  const point = await createMeteringPoint(customerId, { usageType: "HOME", municipalityNumber: "0301" });
  await createSupplyPeriod(customerId, point.id, "2025-01-01");
  const created = await createContract(customerId, point.id, contract);
  return { actor: { userId: user.id, customerId }, point, contractId: created.id };
}
