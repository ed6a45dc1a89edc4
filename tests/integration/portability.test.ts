import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { ownerOf } from "@/server/services/privacy/customer-data";
import { EXPORT_RULE, startExport } from "@/server/services/privacy/exports";
import { portabilityZip } from "@/server/services/privacy/portability";
import { createCustomerEverywhere } from "../support/customer-everywhere";

async function zipOf(customerId: string) {
  const owner = await ownerOf(customerId);
  if (!owner) throw new Error("no owner");
  const chunks: Uint8Array[] = [];
  for await (const chunk of portabilityZip(owner, new Date("2026-03-01T12:00:00Z"))) chunks.push(chunk);
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  const files = unzipSync(bytes);
  const decoder = new TextDecoder();
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
}

describe("data portability", () => {
  it("P26: a ZIP of JSON and CSV of what the customer gave and the contract generated", async () => {
    const { customerId, identity } = await createCustomerEverywhere();
    const files = await zipOf(customerId);
    for (const name of [
      "kunde",
      "malepunkter",
      "avtaler",
      "forbruk",
      "fakturaer",
      "henvendelser",
      "meldinger",
      "samtykker",
    ]) {
      expect(files[`${name}.json`], name).toBeDefined();
      expect(files[`${name}.csv`], name).toBeDefined();
    }
    expect(files["LESMEG.txt"]).toContain("ISO 8601");
    expect(JSON.parse(files["kunde.json"] ?? "")).toEqual([
      expect.objectContaining({ email: identity.email }),
    ]);
    // Consumption: ISO 8601 with offset, per metering point, exact decimals.
    const readings = JSON.parse(files["forbruk.json"] ?? "") as Record<string, string>[];
    expect(readings).toHaveLength(3);
    expect(readings[0]).toMatchObject({
      intervalStart: "2026-01-01T01:00:00.000+01:00",
      kwh: "1.25",
      resolution: "PT1H",
    });
    const csv = (files["forbruk.csv"] ?? "").split("\r\n");
    expect(csv[0]).toBe("gsrn,intervalStart,resolution,kwh,quality");
    expect(csv[1]).toMatch(/^\d{18},2026-01-01T01:00:00\.000\+01:00,PT1H,1\.25,REVISED$/);
    // A message with a comma is quoted in CSV.
    expect(files["meldinger.csv"]).toContain(`"Hilsen ${identity.firstName}, ring ${identity.phone}"`);
  });

  it("P26: never includes what we hold only by law or for security: no national ID, no password hash, no audit log", async () => {
    const { customerId, identity } = await createCustomerEverywhere();
    const all = Object.values(await zipOf(customerId)).join("\n");
    expect(all).not.toContain(identity.nationalId);
    expect(all).not.toMatch(/\$argon2/);
    expect(all).not.toContain("customer.view");
  });
});

describe("starting an export", () => {
  it("is audited and rate-limited per customer", async () => {
    const { customerId, userId } = await createCustomerEverywhere();
    const now = new Date("2026-03-01T12:00:00Z");
    for (let i = 0; i < EXPORT_RULE.limit; i++) {
      expect((await startExport({ userId, customerId }, "portability", now)).ok).toBe(true);
    }
    expect(await startExport({ userId, customerId }, "access-json", now)).toEqual({
      ok: false,
      reason: "too-many",
    });
    expect(
      await db.auditLog.count({
        where: { subjectCustomerId: customerId, action: "privacy.export.portability" },
      }),
    ).toBe(EXPORT_RULE.limit);
    // An hour later the window has passed.
    expect(
      (
        await startExport(
          { userId, customerId },
          "access-json",
          new Date(now.getTime() + EXPORT_RULE.windowMs),
        )
      ).ok,
    ).toBe(true);
  });
});
