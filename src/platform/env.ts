// The only module that reads process.env. Parsed once, at first use (so `next build` needs no
// secrets), and validated at server start by src/instrumentation.ts.
import "server-only";
import { z } from "zod";

const base64Key = (bytes: number, { exact }: { exact: boolean }) =>
  z.string().refine(
    (v) => {
      const length = Buffer.from(v, "base64").length;
      return exact ? length === bytes : length >= bytes;
    },
    `must be ${exact ? "exactly" : "at least"} ${bytes} bytes, base64-encoded`,
  );

/** A key in base64url without padding, of exactly `bytes` bytes (a VAPID key). */
const base64UrlKey = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, "must be base64url without padding")
    .refine((v) => Buffer.from(v, "base64url").length === bytes, `must be ${bytes} bytes, base64url-encoded`);

/** A tracker's id: unset or empty means that tool never loads (see src/features/consent/server/trackers.ts). */
const trackerId = (pattern: RegExp, shape: string) =>
  z
    .string()
    .regex(pattern, `must look like ${shape}`)
    .optional()
    .or(z.literal("").transform(() => undefined));

// Fixed keys so that development, demo and tests work with no .env at all. Never valid in production.
const INSECURE_DEFAULTS = {
  AUTH_SECRET: "development-only-auth-secret-not-for-production-use",
  NATIONAL_ID_ENCRYPTION_KEY: Buffer.alloc(32, "dev-encryption").toString("base64"),
  NATIONAL_ID_HASH_KEY: Buffer.alloc(32, "dev-blind-index").toString("base64"),
  SECOND_FACTOR_KEY: Buffer.alloc(32, "dev-second-factor").toString("base64"),
  BANKID_CLIENT_SECRET: "development-only-bankid-client-secret",
};

/** Where letters go outside production: SMTP_URL is the local sink there, so they are read from it. */
const LOCAL_LETTER_MAILBOX = "brevutsending@klarkraft.test";

// A blank line in .env means "not set", as it does for the development defaults.
const blankAsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema);

const ZEnv = z.object({
  APP_ENV: z.enum(["production", "demo", "development", "test"]),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  EMBEDDED_DATABASE_DIR: z.string().min(1).default(".data/pglite"),
  // Connections each server instance keeps to PostgreSQL: instances × this must stay under the
  // database's max_connections, with room for the job queue and migrations.
  DATABASE_POOL_SIZE: blankAsUnset(z.coerce.number().int().min(1).max(200).default(10)),
  APP_URL: z.url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  // AES-256 takes exactly 32 bytes; the HMAC key may be longer.
  NATIONAL_ID_ENCRYPTION_KEY: base64Key(32, { exact: true }),
  NATIONAL_ID_HASH_KEY: base64Key(32, { exact: false }),
  // Encrypts TOTP secrets and keys the recovery-code hashes, through separate derived keys.
  SECOND_FACTOR_KEY: base64Key(32, { exact: true }),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })
    .default("smtp://127.0.0.1:2525"),
  MAIL_FROM: z.string().min(3).default("Klarkraft kundeservice <kundeservice@klarkraft.no>"),
  MAIL_SINK_DIR: z.string().min(1).default(".data/mail"),
  // The print-and-post service's mailbox: a letter to a person's address in Folkeregisteret (the
  // activation code of "Bli kunde" without BankID) goes there by SMTP_URL, to be printed and posted.
  // Outside production it defaults to an address that, like every mail there, lands in the local sink.
  LETTER_MAILBOX: z.email("must be the print service's email address"),
  // Where scripts/serve.ts listens. Loopback by default: see the launch rule in scripts/lib/launch-policy.ts.
  HOST: blankAsUnset(z.string().min(1).default("127.0.0.1")),
  PORT: blankAsUnset(z.coerce.number().int().min(1).max(65_535).default(3000)),
  // How many reverse proxies in front of the app append to X-Forwarded-For (see auth/client-ip.ts).
  TRUSTED_PROXY_HOPS: blankAsUnset(z.coerce.number().int().min(0).max(10).default(0)),
  // "off": this instance's pg-boss fires no cron schedules (it still registers them and runs queued jobs).
  // For the browser suite's server, whose data must not change with the time of day the suite runs.
  JOB_SCHEDULES: blankAsUnset(z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on")),
  // Bearer token that shows /api/health's detail to monitoring on other machines.
  HEALTH_TOKEN: blankAsUnset(z.string().min(32, "must be at least 32 characters").optional()),
  GA4_MEASUREMENT_ID: trackerId(/^G-[A-Z0-9]{4,20}$/, "G-XXXXXXXXXX"),
  META_PIXEL_ID: trackerId(/^\d{6,20}$/, "a number of 6–20 digits"),
  SNAP_PIXEL_ID: trackerId(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, "a UUID"),
  // The registries onboarding calls (src/platform/registries). Outside production each defaults to its
  // module on the local simulator server (`npm run simulators`, on SIMULATOR_PORT).
  SIMULATOR_PORT: blankAsUnset(z.coerce.number().int().min(1).max(65_535).default(3010)),
  FOLKEREGISTER_URL: z.url(),
  FOLKEREGISTER_TOKEN: z.string().min(8, "must be at least 8 characters"),
  ELHUB_URL: z.url(),
  ELHUB_TOKEN: z.string().min(8, "must be at least 8 characters"),
  /** Klarkraft's GLN as a balance supplier, sent as Elhub's SenderGln header. */
  ELHUB_SENDER_GLN: z.string().regex(/^\d{13}$/, "must be a 13-digit GLN"),
  EXPERIAN_URL: z.url(),
  EXPERIAN_TOKEN: z.string().min(8, "must be at least 8 characters"),
  /** Day-ahead spot prices per area and day (src/platform/registries/spot-prices), and the feed's token. */
  SPOT_PRICES_URL: z.url(),
  SPOT_PRICES_TOKEN: z.string().min(8, "must be at least 8 characters"),
  /**
   * Where the bank delivers OCR giro files (src/platform/bank): an HTTP endpoint listing and serving
   * them, and its token. Unset in production: no files are fetched, staff upload them instead.
   */
  BANK_FILES_URL: blankAsUnset(z.url().optional()),
  BANK_FILES_TOKEN: blankAsUnset(z.string().min(8, "must be at least 8 characters").optional()),
  /** How long one attempt at a registry may take before it counts as unavailable. */
  REGISTRY_TIMEOUT_MS: blankAsUnset(z.coerce.number().int().min(100).max(60_000).default(4000)),
  // BankID through the broker's OpenID Provider: its issuer (discovery is read from it) and Min side's
  // client there. Outside production each defaults to the local test provider (src/platform/bankid/
  // simulator) on BANKID_SIMULATOR_PORT, which `npm start` and `npm run dev` start.
  BANKID_SIMULATOR_PORT: blankAsUnset(z.coerce.number().int().min(1).max(65_535).default(3012)),
  BANKID_ISSUER: z.url(),
  BANKID_CLIENT_ID: z.string().min(1).max(200),
  BANKID_CLIENT_SECRET: z.string().min(16, "must be at least 16 characters"),
  // Web Push (src/platform/push): the VAPID key pair (base64url, as `npx web-push generate-vapid-keys`
  // prints it) and whom push services may contact. Outside production the launcher makes a pair once and
  // keeps it in the data folder (scripts/lib/vapid-keys.ts); unset, notifications are off.
  VAPID_PUBLIC_KEY: blankAsUnset(base64UrlKey(65).optional()),
  VAPID_PRIVATE_KEY: blankAsUnset(base64UrlKey(32).optional()),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, "must be a mailto: or https: URL")
    .default("mailto:kundeservice@klarkraft.no"),
});

export type Env = z.infer<typeof ZEnv>;

const REQUIRED_IN_PRODUCTION = [
  "DATABASE_URL",
  "APP_URL",
  "AUTH_SECRET",
  "NATIONAL_ID_ENCRYPTION_KEY",
  "NATIONAL_ID_HASH_KEY",
  "SECOND_FACTOR_KEY",
  "SMTP_URL",
  "LETTER_MAILBOX",
  "FOLKEREGISTER_URL",
  "FOLKEREGISTER_TOKEN",
  "ELHUB_URL",
  "ELHUB_TOKEN",
  "ELHUB_SENDER_GLN",
  "EXPERIAN_URL",
  "EXPERIAN_TOKEN",
  "SPOT_PRICES_URL",
  "SPOT_PRICES_TOKEN",
  "BANKID_ISSUER",
  "BANKID_CLIENT_ID",
  "BANKID_CLIENT_SECRET",
  "VAPID_PUBLIC_KEY",
  "VAPID_PRIVATE_KEY",
  "VAPID_SUBJECT",
] as const;

export class EnvError extends Error {
  override name = "EnvError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const appEnv =
    source.APP_ENV ||
    (source.NODE_ENV === "production" ? "production" : source.NODE_ENV === "test" ? "test" : "development");
  if (appEnv === "production") {
    const missing = REQUIRED_IN_PRODUCTION.filter((name) => !source[name]);
    if (missing.length) {
      throw new EnvError(
        `Min side cannot start in production: missing ${missing.join(", ")}. See .env.example for each variable.`,
      );
    }
  }
  if (appEnv === "production") {
    const published = developmentSecretsIn(source);
    if (published.length) {
      throw new EnvError(
        `Min side cannot start in production: ${published.join(", ")} ${published.length > 1 ? "have" : "has"} the public development value. Generate new ones as .env.example shows.`,
      );
    }
  }
  // Outside production the portal's own address follows PORT, so links in mails reach this server.
  const localUrl = `http://localhost:${source.PORT?.trim() || 3000}`;
  const withDefaults =
    appEnv === "production"
      ? source
      : {
          APP_URL: localUrl,
          ...INSECURE_DEFAULTS,
          LETTER_MAILBOX: LOCAL_LETTER_MAILBOX,
          ...simulatorDefaults(source.SIMULATOR_PORT?.trim() || "3010"),
          ...bankIdSimulatorDefaults(source.BANKID_SIMULATOR_PORT?.trim() || "3012"),
          ...dropEmpty(source),
        };
  const parsed = ZEnv.safeParse({ ...withDefaults, APP_ENV: appEnv });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new EnvError(`Min side configuration is invalid:\n${problems}\nSee .env.example.`);
  }
  return parsed.data;
}

/** Outside production every registry is the local simulator's module of the same name. */
export function simulatorDefaults(port: string) {
  const base = `http://127.0.0.1:${port}`;
  return {
    FOLKEREGISTER_URL: `${base}/folkeregister`,
    FOLKEREGISTER_TOKEN: "simulator-token",
    ELHUB_URL: `${base}/elhub`,
    ELHUB_TOKEN: "simulator-token",
    ELHUB_SENDER_GLN: "7080005051234",
    EXPERIAN_URL: `${base}/experian`,
    EXPERIAN_TOKEN: "simulator-token",
    SPOT_PRICES_URL: `${base}/spotpriser`,
    SPOT_PRICES_TOKEN: "simulator-token",
    BANK_FILES_URL: `${base}/bank`,
    BANK_FILES_TOKEN: "simulator-token",
  };
}

/** The issuer of the local BankID test provider on `port`: what BANKID_ISSUER is outside production. */
export function localBankIdIssuer(port: string | number): string {
  return `http://127.0.0.1:${port}`;
}

/** Outside production BankID is the local test provider, with Min side as its one client. */
function bankIdSimulatorDefaults(port: string) {
  return { BANKID_ISSUER: localBankIdIssuer(port), BANKID_CLIENT_ID: "min-side-local" };
}

/** The secrets that have the fixed development value, published in this repository (none in production). */
export function developmentSecretsIn(
  config: Partial<Record<keyof typeof INSECURE_DEFAULTS, string>>,
): string[] {
  return Object.entries(INSECURE_DEFAULTS)
    .filter(([name, value]) => config[name as keyof typeof INSECURE_DEFAULTS] === value)
    .map(([name]) => name);
}

function dropEmpty(source: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
