import { RECIPIENTS, TRACKERS } from "@/features/privacy";
import { CONSENT_CATEGORY_NAMES, type ConsentCategory } from "../domain/consent-choice";

/** "Google Ireland Ltd." from "Google Ireland Ltd. (Google Analytics 4)": the company that receives the data. */
export function receiverOf(tracker: (typeof TRACKERS)[number]): string {
  return RECIPIENTS[tracker.recipient].name.replace(/\s*\([^)]*\)$/, "");
}

/** Each tool of a category: what it does for us and who receives the data, from the register. */
export function TrackerDescriptions({
  category,
  detailed,
}: {
  category: ConsentCategory;
  detailed?: boolean;
}) {
  return TRACKERS.filter((tracker) => tracker.purpose === category).map((tracker) => {
    const receiver = receiverOf(tracker);
    const where = detailed ? ` (${RECIPIENTS[tracker.recipient].location})` : "";
    const sentence = `${tracker.name} ${tracker.does}. Mottaker: ${receiver}${where}`;
    return (
      <span key={tracker.id} className={detailed ? "block" : undefined}>
        {sentence.endsWith(".") ? sentence : `${sentence}.`}{" "}
      </span>
    );
  });
}

export function CategoryName({ category }: { category: "essential" | ConsentCategory }) {
  return <>{CONSENT_CATEGORY_NAMES[category]}</>;
}
