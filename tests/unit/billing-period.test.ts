import { describe, expect, it } from "vitest";
import { billingMonth, dueDateFor, isMonthOver, previousMonth } from "@/features/invoices";

describe("the billing calendar", () => {
  it("bills a month as its Oslo dates, and only once it is over", () => {
    expect(billingMonth("2026-11")).toEqual({ from: "2026-11-01", to: "2026-12-01" });
    expect(billingMonth("2026-12")).toEqual({ from: "2026-12-01", to: "2027-01-01" });
    expect(billingMonth("2026-13")).toBeNull();
    expect(billingMonth("2026-1")).toBeNull();
    expect(billingMonth("__proto__")).toBeNull();
    expect(isMonthOver("2026-11", "2026-11-30")).toBe(false);
    expect(isMonthOver("2026-11", "2026-12-01")).toBe(true);
    expect(previousMonth("2027-01-02")).toBe("2026-12");
  });

  it("gives at least 14 days to pay: the 20th, or 14 days after issue when that is later", () => {
    expect(dueDateFor("2026-12-02")).toBe("2026-12-20");
    expect(dueDateFor("2026-12-06")).toBe("2026-12-20");
    expect(dueDateFor("2026-12-07")).toBe("2026-12-21");
    expect(dueDateFor("2026-12-28")).toBe("2027-01-11");
  });
});
