// Audit actions of push notifications: a device turned on or off by its owner, and the kinds chosen.
import { z } from "zod";
import { code, codes, count } from "./fields";

export const NOTIFICATION_ACTIONS = {
  /** `takenOver`: the endpoint was another customer's (a shared device): that row is now this one's. */
  "notifications.subscribe": z.strictObject({ takenOver: z.boolean() }),
  /** `how`: "this-device" (turned off here) or "listed-device" (removed from the list). */
  "notifications.unsubscribe": z.strictObject({ how: code, removed: count }),
  /** The kinds now chosen, as codes; the price level is a choice, not recorded. */
  "notifications.preferences": z.strictObject({ kinds: codes }),
} as const;
