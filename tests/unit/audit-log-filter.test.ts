import { describe, expect, it } from "vitest";
import { auditFilter, auditFilterParams, csvField } from "@/domain/audit-log";

describe("audit log filters and CSV", () => {
  it("takes only well-formed filters from the address", () => {
    const id = "0193a3b4-1111-7222-8333-444455556666";
    expect(
      auditFilter({
        ansatt: id,
        kunde: "42",
        handling: "customer.view",
        fra: "2026-03-01",
        til: "2026-03-31",
      }),
    ).toEqual({
      actorUserId: id,
      customer: { customerNumber: 42 },
      action: "customer.view",
      from: "2026-03-01",
      to: "2026-03-31",
    });
    expect(auditFilter({ kunde: id.toUpperCase() })).toEqual({ customer: { id } });
    expect(
      auditFilter({ ansatt: "x", kunde: "Kari", handling: "DROP TABLE", fra: "2026-02-30", til: ["a", "b"] }),
    ).toEqual({});
    expect(auditFilterParams(auditFilter({ kunde: "42", fra: "2026-03-01" })).toString()).toBe(
      "kunde=42&fra=2026-03-01",
    );
  });

  it("quotes fields that need it and defuses spreadsheet formulas", () => {
    expect(csvField("customer.view")).toBe("customer.view");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-2")).toBe("'-2");
  });
});
