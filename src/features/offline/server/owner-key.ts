import "server-only";
import { keyedHash } from "@/platform/crypto/keyed-hash";

/**
 * The opaque key the service worker keeps offline copies under: the same for every session of one
 * user, different for anyone else, and without the server secret not traceable to the user id.
 */
export function offlineOwnerKey(userId: string): string {
  return keyedHash("offline-copy-owner", userId);
}
