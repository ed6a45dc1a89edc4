import { describe, expect, it } from "vitest";
import { dueBefore, ERASURE_OUTCOME, retainedUntil } from "@/features/privacy/domain/erasure";
import { PRIVACY_REGISTER } from "@/features/privacy/domain/register";

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

describe("the retention job's cut-off", () => {
  it("deletes invoices only once their five years after the financial year have run out", () => {
    const rule = { kind: "bookkeeping", years: 5, from: "end-of-financial-year" } as const;
    // On 1 January 2032, 00:00 Oslo, invoices from 2026 have run out; 2027's have not.
    const now = new Date("2031-12-31T23:00:00Z");
    expect(dueBefore(rule, now)?.toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(dueBefore(rule, new Date(now.getTime() - 1))?.toISOString()).toBe("2025-12-31T23:00:00.000Z");
  });

  it("deletes secondary documentation from the first of July, three and a half years on", () => {
    const rule = { kind: "bookkeeping-secondary", years: 3.5, from: "end-of-financial-year" } as const;
    expect(dueBefore(rule, new Date("2030-06-30T22:00:00Z"))?.toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(dueBefore(rule, new Date("2030-06-30T21:59:59Z"))?.toISOString()).toBe("2025-12-31T23:00:00.000Z");
  });

  it("never cuts off a row whose period has not ended", () => {
    const rule = { kind: "after-created", months: 36 } as const;
    const now = new Date("2029-03-31T10:00:00Z");
    const cutoff = dueBefore(rule, now) as Date;
    const justBefore = new Date(cutoff.getTime() - 1);
    expect(retainedUntil(rule, justBefore)?.getTime()).toBeLessThanOrEqual(now.getTime());
  });
});
