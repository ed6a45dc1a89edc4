import "server-only";
import { writeAudit } from "@/features/audit/server";
import { termsVersionOn } from "@/features/terms";
import { db } from "@/platform/db";
import { addMonths, osloDate } from "@/platform/time/oslo-calendar";
import { type OfferedProduct, PRODUCT_OFFERS } from "../domain/contract";
import {
  type ChangeFailure,
  type ContractChangeResult,
  changeableContract,
  inChangeWindow,
  startSuccessor,
} from "./contract-change";
import { queueContractConfirmation } from "./contract-confirmation";

/**
 * Switches the contract's product from a date: the contract ends the day before, and a new one on
 * today's offer starts that day, on the same metering point.
 */
export async function changeProduct(
  actor: { userId: string; customerId: string },
  input: { contractId: string; product: OfferedProduct; fromDate: string },
  now = new Date(),
): Promise<ContractChangeResult> {
  const today = osloDate(now);
  const result = await db.$transaction(
    async (tx): Promise<ChangeFailure | { ok: true; date: string; newContractId: string }> => {
      const found = await changeableContract(tx, actor.customerId, input.contractId, today);
      if (!found.ok) return found;
      const { contract, startDate } = found;
      if (contract.product === input.product) return { ok: false, reason: "same-product" };
      if (!inChangeWindow(input.fromDate, today) || input.fromDate <= startDate) {
        return { ok: false, reason: "date-out-of-range" };
      }
      const offer = PRODUCT_OFFERS[input.product];
      const created = await startSuccessor(tx, contract.id, input.fromDate, today, {
        customerId: actor.customerId,
        meteringPointId: contract.meteringPointId,
        product: offer.product,
        markupOrePerKwh: offer.markupOrePerKwh,
        monthlyFeeOre: offer.monthlyFeeOre,
        fixedPriceOrePerKwh: offer.fixedPriceOrePerKwh,
        fixedUntil: offer.fixedMonths ? new Date(addMonths(input.fromDate, offer.fixedMonths)) : null,
        // A new product is a new contract, concluded now on the terms in force today.
        termsVersion: termsVersionOn(today)?.id ?? null,
        concludedAt: now,
      });
      await writeAudit(tx, {
        actorUserId: actor.userId,
        actorRole: "CUSTOMER",
        action: "contract.product-change",
        subjectCustomerId: actor.customerId,
        targetType: "Contract",
        targetId: contract.id,
        metadata: { newContractId: created.id, product: offer.product, fromDate: input.fromDate },
      });
      return { ok: true, date: input.fromDate, newContractId: created.id };
    },
  );
  if (!result.ok) return result;
  await queueContractConfirmation(result.newContractId, "product-change");
  return { ok: true, date: result.date };
}
