import "server-only";
import { writeAudit } from "@/features/audit/server";
import { db } from "@/platform/db";
import { osloDate } from "@/platform/time/oslo-calendar";
import { type ContractChangeResult, changeableContract, inChangeWindow } from "./contract-change";
import { queueContractConfirmation } from "./contract-confirmation";

/** Ends the contract and the customer's supply on its metering point at the end of the day before endDate. */
export async function terminateContract(
  actor: { userId: string; customerId: string },
  input: { contractId: string; endDate: string },
  now = new Date(),
): Promise<ContractChangeResult> {
  const today = osloDate(now);
  const result = await db.$transaction(async (tx): Promise<ContractChangeResult> => {
    const found = await changeableContract(tx, actor.customerId, input.contractId, today);
    if (!found.ok) return found;
    const { contract, startDate } = found;
    if (!inChangeWindow(input.endDate, today) || input.endDate <= startDate) {
      return { ok: false, reason: "date-out-of-range" };
    }
    await tx.contract.update({
      where: { id: contract.id },
      data: { endDate: new Date(input.endDate) },
      select: { id: true },
    });
    await tx.supplyPeriod.updateMany({
      where: { customerId: actor.customerId, meteringPointId: contract.meteringPointId, toDate: null },
      data: { toDate: new Date(input.endDate) },
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      actorRole: "CUSTOMER",
      action: "contract.terminate",
      subjectCustomerId: actor.customerId,
      targetType: "Contract",
      targetId: contract.id,
      metadata: { endDate: input.endDate },
    });
    return { ok: true, date: input.endDate };
  });
  if (result.ok) await queueContractConfirmation(input.contractId, "termination");
  return result;
}
