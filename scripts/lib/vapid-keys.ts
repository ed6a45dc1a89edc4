// "The demo generates its own": outside production, when no VAPID key pair is configured, the launcher
// makes one once and keeps it in the data folder (beside the embedded database), so the browsers'
// subscriptions, which are bound to the public key, keep working after a restart. Production must
// configure its own (env.ts refuses to start without).
import fs from "node:fs";
import path from "node:path";
import webpush from "web-push";

interface KeyPair {
  publicKey: string;
  privateKey: string;
}

function readKeys(file: string): KeyPair | undefined {
  try {
    const keys = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<KeyPair>;
    return typeof keys.publicKey === "string" && typeof keys.privateKey === "string"
      ? { publicKey: keys.publicKey, privateKey: keys.privateKey }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Sets VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY for this process and its children; returns the file used. */
export function ensureLocalVapidKeys(
  environment: Record<string, string | undefined> = process.env,
): string | undefined {
  if (environment.APP_ENV === "production") return undefined;
  if (environment.VAPID_PUBLIC_KEY || environment.VAPID_PRIVATE_KEY) return undefined;
  const dataDir = path.dirname(environment.EMBEDDED_DATABASE_DIR || ".data/pglite");
  const file = path.join(dataDir, "vapid.json");
  let keys = readKeys(file);
  if (!keys) {
    keys = webpush.generateVAPIDKeys();
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  }
  environment.VAPID_PUBLIC_KEY = keys.publicKey;
  environment.VAPID_PRIVATE_KEY = keys.privateKey;
  return file;
}
