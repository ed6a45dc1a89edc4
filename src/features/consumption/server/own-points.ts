import "server-only";
import { db } from "@/platform/db";
import { isUuid } from "@/platform/identifiers/uuid";
import { osloDate } from "@/platform/time/oslo-calendar";
import { type OwnMeteringPoint, ownPointsWithPricing, type PricingInputs } from "./pricing-inputs";

/**
 * The customer's metering points, each with its pricing inputs: those with a supply period of theirs,
 * newest first — but one whose supply starts later (a move reported ahead) after those supplied by
 * today, so the first is the point they live at now. Nothing for an id that is not a uuid.
 */
export async function ownPointsNewestFirst(
  customerId: string,
  now: Date,
): Promise<{ point: OwnMeteringPoint; inputs: PricingInputs }[]> {
  if (!isUuid(customerId)) return [];
  const own = await ownPointsWithPricing(db, customerId);
  const today = osloDate(now);
  const latestStart = (o: (typeof own)[number]) =>
    o.inputs.supply.reduce<string | null>(
      (latest, s) => (s.from <= today && (latest === null || s.from > latest) ? s.from : latest),
      null,
    );
  const started = own
    .filter((o) => latestStart(o) !== null)
    .sort((a, b) => (latestStart(b) ?? "").localeCompare(latestStart(a) ?? ""));
  return [...started, ...own.filter((o) => latestStart(o) === null)];
}
