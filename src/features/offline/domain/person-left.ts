// Whether the person using this browser has left it, as the owner messages show: another person's
// page, or a page without an owner before the recorded owner's session would have ended (a sign-out).
// A session that simply ran out is not a leaving: the same person still wants their notifications.
import type { PageOwner } from "./owner-marker";

export function personLeft(recorded: PageOwner | null, seen: PageOwner | null, now: number): boolean {
  if (!recorded) return false;
  if (seen) return seen.owner !== recorded.owner;
  return recorded.until > now;
}
