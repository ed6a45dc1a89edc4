import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZApiTokenCreate, ZApiTokenRevoke } from "@/features/api-tokens";
import { apiTokenStatus } from "@/features/api-tokens/domain/api-token";
import { problemResponse } from "@/platform/http/problem";

const form = (fields: Record<string, string>) => ({
  name: "Hjemmeautomasjon",
  lifetimeDays: "90",
  ...fields,
});
const fieldErrors = (input: unknown) => {
  const parsed = ZApiTokenCreate.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("creating an API token (ZApiTokenCreate)", () => {
  it("turns the ticked checkboxes into scopes, in the order Profil lists them", () => {
    expect(ZApiTokenCreate.parse(form({ "scope-INVOICES": "on", "scope-CONSUMPTION": "on" }))).toEqual({
      name: "Hjemmeautomasjon",
      scopes: ["CONSUMPTION", "INVOICES"],
      lifetimeDays: 90,
    });
  });

  it("wants at least one scope, and says so in Norwegian", () => {
    expect(fieldErrors(form({}))).toEqual({ scopes: ["Velg minst én ting nøkkelen kan lese."] });
  });

  it("names a missing scope together with a missing name, so one submit shows both", () => {
    expect(fieldErrors(form({ name: "" }))).toEqual({
      name: ["Gi nøkkelen et navn, for eksempel «Hjemmeautomasjon»."],
      scopes: ["Velg minst én ting nøkkelen kan lese."],
    });
  });

  it("wants a name of 1–60 characters after trimming", () => {
    expect(fieldErrors(form({ name: "   ", "scope-PRICES": "on" })).name).toEqual([
      "Gi nøkkelen et navn, for eksempel «Hjemmeautomasjon».",
    ]);
    expect(fieldErrors(form({ name: "x".repeat(61), "scope-PRICES": "on" })).name).toEqual([
      "Navnet kan ha høyst 60 tegn.",
    ]);
    expect(
      ZApiTokenCreate.parse(form({ name: ` ${"x".repeat(60)} `, "scope-PRICES": "on" })).name,
    ).toHaveLength(60);
  });

  it("takes only the lifetimes offered (30, 90 or 365 days)", () => {
    for (const days of ["30", "90", "365"]) {
      expect(ZApiTokenCreate.parse(form({ lifetimeDays: days, "scope-PRICES": "on" })).lifetimeDays).toBe(
        Number(days),
      );
    }
    for (const days of ["0", "3650", "", "90.0"]) {
      expect(fieldErrors(form({ lifetimeDays: days, "scope-PRICES": "on" })).lifetimeDays).toEqual([
        "Velg hvor lenge nøkkelen skal gjelde.",
      ]);
    }
  });

  it("a revoke names a token by UUID only", () => {
    expect(ZApiTokenRevoke.safeParse({ tokenId: "1; DROP TABLE" }).success).toBe(false);
    expect(ZApiTokenRevoke.safeParse({ tokenId: "019aed6c-0b7e-7000-8000-000000000001" }).success).toBe(true);
  });
});

describe("a token's status", () => {
  const now = new Date("2026-12-07T12:00:00Z");
  it("is revoked before anything else, expired from its expiry on, else active", () => {
    expect(apiTokenStatus({ revokedAt: now, expiresAt: new Date("2027-01-01") }, now)).toBe("revoked");
    expect(apiTokenStatus({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(apiTokenStatus({ revokedAt: null, expiresAt: new Date(now.getTime() + 1) }, now)).toBe("active");
  });
});

describe("problemResponse (RFC 9457)", () => {
  it("answers application/problem+json, never cached, with the standard members and extensions", async () => {
    const response = problemResponse(
      429,
      { title: "For mange forespørsler", detail: "Prøv igjen om 12 sekunder.", retryAfterSeconds: 12 },
      { "Retry-After": "12" },
    );
    expect(response.status).toBe(429);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("retry-after")).toBe("12");
    expect(await response.json()).toEqual({
      type: "about:blank",
      title: "For mange forespørsler",
      status: 429,
      detail: "Prøv igjen om 12 sekunder.",
      retryAfterSeconds: 12,
    });
  });

  it("keeps a given type, leaves out a missing detail, and lets no extension pass for a standard member", async () => {
    const body = await problemResponse(404, {
      title: "Finnes ikke",
      type: "https://example.com/problems/not-found",
      status: 200,
    }).json();
    expect(body).toEqual({
      type: "https://example.com/problems/not-found",
      title: "Finnes ikke",
      status: 404,
    });
  });

  it("a header the caller passes cannot make the body cacheable or change its type", () => {
    const response = problemResponse(
      401,
      { title: "x" },
      { "Cache-Control": "max-age=60", "Content-Type": "text/html" },
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});
