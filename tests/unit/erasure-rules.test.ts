import { describe, expect, it } from "vitest";
import { ERASURE_OUTCOME, retainedUntil } from "@/domain/privacy/erasure";
import { PRIVACY_REGISTER } from "@/domain/privacy/register";

describe("retention periods", () => {
  it("keeps invoices until the end of the fifth year after their financial year (bokføringsloven § 13)", () => {
    const rule = { kind: "bookkeeping", years: 5, from: "end-of-financial-year" } as const;
    // Issued 5 February 2026 → kept through 31 December 2031, i.e. until 1 January 2032 00:00 Oslo.
    expect(retainedUntil(rule, new Date("2026-02-05T07:00:00Z"))?.toISOString()).toBe(
      "2031-12-31T23:00:00.000Z",
    );
    // 31 December 2026 23:30 Oslo is still financial year 2026.
    expect(retainedUntil(rule, new Date("2026-12-31T22:30:00Z"))?.toISOString()).toBe(
      "2031-12-31T23:00:00.000Z",
    );
  });

  it("keeps other accounting documentation three and a half years after its financial year", () => {
    const rule = { kind: "bookkeeping-secondary", years: 3.5, from: "end-of-financial-year" } as const;
    // A contract ended in 2026 → kept through 30 June 2030.
    expect(retainedUntil(rule, new Date("2026-01-31T12:00:00Z"))?.toISOString()).toBe(
      "2030-06-30T22:00:00.000Z",
    );
  });

  it("counts month rules to the end of the same date, Oslo time", () => {
    expect(
      retainedUntil({ kind: "after-created", months: 36 }, new Date("2026-01-31T12:00:00Z"))?.toISOString(),
    ).toBe("2029-01-31T23:00:00.000Z");
    expect(retainedUntil({ kind: "until-expired" }, new Date())).toBeNull();
  });

  it("decides for every field of the register what erasure does to it (the register's declaration)", () => {
    for (const field of PRIVACY_REGISTER.flatMap((c) => c.fields)) {
      expect(ERASURE_OUTCOME[field.id], field.id).toBeDefined();
      if (field.storedElsewhere) expect(ERASURE_OUTCOME[field.id], field.id).toBe("not-stored");
    }
  });
});
