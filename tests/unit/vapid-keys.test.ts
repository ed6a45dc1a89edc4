import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/platform/env";
import { ensureLocalVapidKeys } from "../../scripts/lib/vapid-keys";

function tempDataDir() {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "vapid-")), "pglite");
}

describe("the demo's own VAPID keys", () => {
  it("are made once and kept in the data folder, so a restart keeps the same pair", () => {
    const dataDir = tempDataDir();
    const first: Record<string, string | undefined> = { APP_ENV: "demo", EMBEDDED_DATABASE_DIR: dataDir };
    const file = ensureLocalVapidKeys(first);
    expect(file).toBe(path.join(path.dirname(dataDir), "vapid.json"));
    const restart: Record<string, string | undefined> = { APP_ENV: "demo", EMBEDDED_DATABASE_DIR: dataDir };
    ensureLocalVapidKeys(restart);
    expect(restart.VAPID_PUBLIC_KEY).toBe(first.VAPID_PUBLIC_KEY);
    expect(restart.VAPID_PRIVATE_KEY).toBe(first.VAPID_PRIVATE_KEY);
    // What was made passes the configuration's own checks.
    const config = parseEnv({ ...restart, APP_ENV: "demo" });
    expect(config.VAPID_PUBLIC_KEY).toBe(first.VAPID_PUBLIC_KEY);
  });

  it("are never made in production, nor over a configured pair", () => {
    const production: Record<string, string | undefined> = {
      APP_ENV: "production",
      EMBEDDED_DATABASE_DIR: tempDataDir(),
    };
    expect(ensureLocalVapidKeys(production)).toBeUndefined();
    expect(production.VAPID_PUBLIC_KEY).toBeUndefined();
    const configured: Record<string, string | undefined> = {
      APP_ENV: "demo",
      VAPID_PUBLIC_KEY: "given",
      VAPID_PRIVATE_KEY: "given",
    };
    expect(ensureLocalVapidKeys(configured)).toBeUndefined();
    expect(configured.VAPID_PUBLIC_KEY).toBe("given");
  });
});
