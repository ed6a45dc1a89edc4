import "server-only";
// The VAPID identity Min side signs every push with (RFC 8292): from env.ts, or none when unset outside
// production (notifications are then off; the launcher normally makes a pair, see scripts/lib/vapid-keys.ts).
import { env } from "@/platform/env";

export interface VapidKeys {
  /** The uncompressed P-256 public key, base64url: the browser's applicationServerKey. */
  publicKey: string;
  privateKey: string;
  /** mailto: or https: — whom a push service contacts about our traffic. */
  subject: string;
}

export function configuredVapidKeys(): VapidKeys | undefined {
  const { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT } = env();
  if (!VAPID_PUBLIC_KEY || !VAPID_PRIVATE_KEY) return undefined;
  return { publicKey: VAPID_PUBLIC_KEY, privateKey: VAPID_PRIVATE_KEY, subject: VAPID_SUBJECT };
}
