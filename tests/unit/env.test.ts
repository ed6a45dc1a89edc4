import { describe, expect, it } from "vitest";
import { developmentSecretsIn, EnvError, parseEnv } from "@/platform/env";
import { PRODUCTION_ENV } from "../support/production-env";

const key = (fill: string) => Buffer.alloc(32, fill).toString("base64");
const PRODUCTION = PRODUCTION_ENV;

describe("configuration", () => {
  it("development and tests work with no environment at all", () => {
    const env = parseEnv({});
    expect(env.APP_ENV).toBe("development");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.EMBEDDED_DATABASE_DIR).toBe(".data/pglite");
    expect(parseEnv({ NODE_ENV: "test" }).APP_ENV).toBe("test");
  });

  it("outside production the portal's address follows PORT unless APP_URL is given", () => {
    expect(parseEnv({ APP_ENV: "demo" }).APP_URL).toBe("http://localhost:3000");
    expect(parseEnv({ APP_ENV: "demo", PORT: "3800" }).APP_URL).toBe("http://localhost:3800");
    expect(parseEnv({ APP_ENV: "demo", PORT: "3800", APP_URL: "http://minside.test" }).APP_URL).toBe(
      "http://minside.test",
    );
  });

  it("production with every required variable starts", () => {
    expect(parseEnv(PRODUCTION).DATABASE_URL).toBe(PRODUCTION.DATABASE_URL);
    expect(parseEnv({ ...PRODUCTION, APP_ENV: undefined, NODE_ENV: "production" }).APP_ENV).toBe(
      "production",
    );
  });

  it("production refuses to start without a secret, naming what is missing", () => {
    const { AUTH_SECRET: _, NATIONAL_ID_HASH_KEY: __, ...missingSecrets } = PRODUCTION;
    expect(() => parseEnv(missingSecrets)).toThrow(EnvError);
    expect(() => parseEnv(missingSecrets)).toThrow(/AUTH_SECRET, NATIONAL_ID_HASH_KEY/);
  });

  it("registries default to the local simulator outside production, and are required in production", () => {
    const dev = parseEnv({ SIMULATOR_PORT: "3111" });
    expect(dev.FOLKEREGISTER_URL).toBe("http://127.0.0.1:3111/folkeregister");
    expect(dev.ELHUB_URL).toBe("http://127.0.0.1:3111/elhub");
    expect(dev.EXPERIAN_URL).toBe("http://127.0.0.1:3111/experian");
    expect(parseEnv({}).ELHUB_URL).toBe("http://127.0.0.1:3010/elhub");
    const { ELHUB_TOKEN: _, EXPERIAN_URL: __, ...missing } = PRODUCTION;
    expect(() => parseEnv(missing)).toThrow(/missing ELHUB_TOKEN, EXPERIAN_URL/);
  });

  it("BankID is the local test provider outside production, and the broker's, configured, in production", () => {
    expect(parseEnv({})).toMatchObject({
      BANKID_SIMULATOR_PORT: 3012,
      BANKID_ISSUER: "http://127.0.0.1:3012",
      BANKID_CLIENT_ID: "min-side-local",
    });
    expect(parseEnv({ BANKID_SIMULATOR_PORT: "3112" }).BANKID_ISSUER).toBe("http://127.0.0.1:3112");
    expect(parseEnv({ BANKID_ISSUER: "https://idp.test", BANKID_CLIENT_ID: "" }).BANKID_CLIENT_ID).toBe(
      "min-side-local",
    );
    expect(parseEnv(PRODUCTION)).toMatchObject({
      BANKID_ISSUER: PRODUCTION.BANKID_ISSUER,
      BANKID_CLIENT_ID: PRODUCTION.BANKID_CLIENT_ID,
      BANKID_CLIENT_SECRET: PRODUCTION.BANKID_CLIENT_SECRET,
    });
    const { BANKID_ISSUER: _, BANKID_CLIENT_SECRET: __, ...missing } = PRODUCTION;
    expect(() => parseEnv(missing)).toThrow(/missing BANKID_ISSUER, BANKID_CLIENT_SECRET/);
    expect(() => parseEnv({ ...PRODUCTION, BANKID_ISSUER: "not a url" })).toThrow(/BANKID_ISSUER/);
  });

  it("production refuses the development BankID client secret", () => {
    const development = parseEnv({});
    expect(developmentSecretsIn(development)).toContain("BANKID_CLIENT_SECRET");
    expect(() => parseEnv({ ...PRODUCTION, BANKID_CLIENT_SECRET: development.BANKID_CLIENT_SECRET })).toThrow(
      /BANKID_CLIENT_SECRET has the public development value/,
    );
  });

  it("letters go to the print service's mailbox, required in production and the local sink's elsewhere", () => {
    expect(parseEnv({}).LETTER_MAILBOX).toBe("brevutsending@klarkraft.test");
    expect(parseEnv({ LETTER_MAILBOX: "brev@trykk.example.no" }).LETTER_MAILBOX).toBe(
      "brev@trykk.example.no",
    );
    const { LETTER_MAILBOX: _, ...missing } = PRODUCTION;
    expect(() => parseEnv(missing)).toThrow(/missing LETTER_MAILBOX/);
    expect(() => parseEnv({ ...PRODUCTION, LETTER_MAILBOX: "trykkeriet" })).toThrow(/LETTER_MAILBOX/);
  });

  it("production refuses to start without a VAPID key pair and contact; a malformed key is refused", () => {
    const { VAPID_PRIVATE_KEY: _, VAPID_SUBJECT: __, ...missing } = PRODUCTION;
    expect(() => parseEnv(missing)).toThrow(/missing VAPID_PRIVATE_KEY, VAPID_SUBJECT/);
    expect(() => parseEnv({ ...PRODUCTION, VAPID_PUBLIC_KEY: "c2hvcnQ" })).toThrow(/VAPID_PUBLIC_KEY/);
    expect(() => parseEnv({ ...PRODUCTION, VAPID_SUBJECT: "drift@klarkraft.no" })).toThrow(/VAPID_SUBJECT/);
    expect(parseEnv({ APP_ENV: "development" }).VAPID_PUBLIC_KEY).toBeUndefined();
  });

  it("production refuses to start without the second-factor key", () => {
    const { SECOND_FACTOR_KEY: _, ...missingKey } = PRODUCTION;
    expect(() => parseEnv(missingKey)).toThrow(/missing SECOND_FACTOR_KEY/);
    expect(() => parseEnv({ ...PRODUCTION, SECOND_FACTOR_KEY: key("t").slice(0, 20) })).toThrow(
      /SECOND_FACTOR_KEY: must be exactly 32 bytes/,
    );
  });

  it("production never falls back to the development keys, even for an empty value", () => {
    expect(() => parseEnv({ ...PRODUCTION, NATIONAL_ID_ENCRYPTION_KEY: "" })).toThrow(
      /NATIONAL_ID_ENCRYPTION_KEY/,
    );
  });

  it("rejects malformed values with a clear message", () => {
    expect(() => parseEnv({ ...PRODUCTION, NATIONAL_ID_ENCRYPTION_KEY: key("e").slice(0, 20) })).toThrow(
      /NATIONAL_ID_ENCRYPTION_KEY: must be exactly 32 bytes/,
    );
    expect(() => parseEnv({ ...PRODUCTION, DATABASE_URL: "mysql://db/x" })).toThrow(
      /DATABASE_URL: must be a postgresql/,
    );
    expect(() => parseEnv({ APP_ENV: "staging" })).toThrow(EnvError);
  });

  it("production refuses the published development secrets even when they are set explicitly", () => {
    const development = parseEnv({});
    expect(() => parseEnv({ ...PRODUCTION, AUTH_SECRET: development.AUTH_SECRET })).toThrow(
      /AUTH_SECRET has the public development value/,
    );
    expect(developmentSecretsIn(parseEnv(PRODUCTION))).toEqual([]);
  });

  it("listens on loopback, trusts no proxy and has no health token by default", () => {
    expect(parseEnv({})).toMatchObject({ HOST: "127.0.0.1", PORT: 3000, TRUSTED_PROXY_HOPS: 0 });
    expect(parseEnv({}).HEALTH_TOKEN).toBeUndefined();
    expect(parseEnv({ ...PRODUCTION, TRUSTED_PROXY_HOPS: "2", PORT: "8080" })).toMatchObject({
      TRUSTED_PROXY_HOPS: 2,
      PORT: 8080,
    });
    expect(parseEnv({ ...PRODUCTION, HEALTH_TOKEN: "" }).HEALTH_TOKEN).toBeUndefined();
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseEnv({ HEALTH_TOKEN: "short" })).toThrow(/HEALTH_TOKEN: must be at least 32/);
  });

  it("fires the job schedules unless JOB_SCHEDULES is off; another value is refused", () => {
    expect(parseEnv({}).JOB_SCHEDULES).toBe("on");
    expect(parseEnv({ JOB_SCHEDULES: "" }).JOB_SCHEDULES).toBe("on");
    expect(parseEnv({ ...PRODUCTION, JOB_SCHEDULES: "off" }).JOB_SCHEDULES).toBe("off");
    expect(() => parseEnv({ JOB_SCHEDULES: "nei" })).toThrow(/JOB_SCHEDULES: must be "on" or "off"/);
  });
});
