import path from "node:path";

// Overridable so that two checkouts on one machine can run their browser suites side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
export const E2E_SIMULATOR_PORT = Number(process.env.E2E_SIMULATOR_PORT ?? 3101);
export const E2E_SIMULATOR_URL = `http://127.0.0.1:${E2E_SIMULATOR_PORT}`;
/** The suite's local BankID (started by scripts/e2e-server.ts, with faults in the ID token on offer). */
export const E2E_BANKID_PORT = Number(process.env.E2E_BANKID_PORT ?? 3102);
export const E2E_BANKID_ISSUER = `http://127.0.0.1:${E2E_BANKID_PORT}`;
export const E2E_DIR = path.resolve(".data/e2e");
export const E2E_MAIL_DIR = path.join(E2E_DIR, "mail");
/** The print service's mailbox of the suite's server: its letters land in the mail sink too. */
export const E2E_LETTER_MAILBOX = "brevutsending@klarkraft.test";
/** The browser suite's server signs cookies with this, so a test can decode one. */
export const E2E_AUTH_SECRET = "browser-suite-auth-secret-for-tests-only-0123456789";
export { DEMO_PASSWORD, DEMO_STAFF, DEMO_TOTP_SECRET } from "../../../prisma/seed/people";
/** The browser suite's HEALTH_TOKEN: not a secret, its server only ever holds synthetic data. */
export const E2E_HEALTH_TOKEN = "e2e-health-token-not-a-secret-0123456789";
/** The browser suite's server runs with every tracker configured; tests fake the tracker hosts. */
export const E2E_TRACKER_IDS = {
  GA4_MEASUREMENT_ID: "G-E2ETEST123",
  META_PIXEL_ID: "1234567890123",
  SNAP_PIXEL_ID: "0b5b1d8e-3c4a-4f5e-9a6b-7c8d9e0f1a2b",
} as const;
/** Where the suite's server serves the account fixtures (tests/e2e/support/fixture-channel.ts). */
export const E2E_ACCOUNTS_SOCKET = path.join(E2E_DIR, "accounts.sock");
