import { describe, expect, it } from "vitest";
import { developmentSecretsIn, parseEnv } from "@/platform/env";
import { decideLaunch, isLoopbackHost } from "../../scripts/lib/launch-policy";

const DEVELOPMENT_SECRETS = developmentSecretsIn(parseEnv({ APP_ENV: "demo" }));

describe("launch rule for npm start / npm run dev", () => {
  it("with no environment at all, every secret is a published development one", () => {
    expect(DEVELOPMENT_SECRETS).toEqual([
      "AUTH_SECRET",
      "NATIONAL_ID_ENCRYPTION_KEY",
      "NATIONAL_ID_HASH_KEY",
      "SECOND_FACTOR_KEY",
      "BANKID_CLIENT_SECRET",
    ]);
  });

  it.each([["127.0.0.1"], ["::1"], ["[::1]"], ["localhost"], ["LOCALHOST"], ["127.0.0.2"]])(
    "on the loopback address %s, starts with development secrets but shows the demo banner",
    (host) => {
      const decision = decideLaunch({ host, developmentSecrets: DEVELOPMENT_SECRETS, demoRequested: false });
      expect(decision).toMatchObject({ start: true, banner: expect.stringMatching(/DEMO MODE/) });
    },
  );

  it.each([["0.0.0.0"], ["::"], ["192.168.1.20"], ["minside.example.no"], ["127.0.0.1.nip.io"]])(
    "on the network address %s, refuses development secrets unless the demo was asked for",
    (host) => {
      const refused = decideLaunch({ host, developmentSecrets: DEVELOPMENT_SECRETS, demoRequested: false });
      expect(refused.start).toBe(false);
      expect(!refused.start && refused.reason).toMatch(/AUTH_SECRET[\s\S]*APP_ENV=demo/);

      const demo = decideLaunch({ host, developmentSecrets: DEVELOPMENT_SECRETS, demoRequested: true });
      expect(demo).toMatchObject({ start: true, banner: expect.stringMatching(/SIGN IN AS ANYONE/) });
    },
  );

  it("starts quietly anywhere once no secret has its development value", () => {
    expect(decideLaunch({ host: "0.0.0.0", developmentSecrets: [], demoRequested: false })).toEqual({
      start: true,
      banner: null,
    });
  });

  it("one remaining development secret is enough to refuse, and is named", () => {
    const decision = decideLaunch({
      host: "0.0.0.0",
      developmentSecrets: ["NATIONAL_ID_HASH_KEY"],
      demoRequested: false,
    });
    expect(!decision.start && decision.reason).toMatch(/NATIONAL_ID_HASH_KEY/);
  });

  it("knows loopback hosts", () => {
    expect(isLoopbackHost("127.0.0.1")).toBe(true);
    expect(isLoopbackHost("0.0.0.0")).toBe(false);
    expect(isLoopbackHost("localhost.example.com")).toBe(false);
  });
});
