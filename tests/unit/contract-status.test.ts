import { describe, expect, it } from "vitest";
import { contractStatusOn, customerStatusOn } from "@/features/contracts/domain/contract-status";

const contract = (status: "PENDING" | "ACTIVE" | "TERMINATED", start: string, end: string | null) => ({
  status,
  startDate: new Date(start),
  endDate: end ? new Date(end) : null,
});

describe("a contract's status from its dates", () => {
  it("ends on its end date (exclusive), not the day before", () => {
    expect(contractStatusOn(contract("ACTIVE", "2025-01-01", "2026-02-01"), "2026-01-31")).toBe("ACTIVE");
    expect(contractStatusOn(contract("ACTIVE", "2025-01-01", "2026-02-01"), "2026-02-01")).toBe("TERMINATED");
  });

  it("starts on its start date", () => {
    expect(contractStatusOn(contract("PENDING", "2026-02-01", null), "2026-01-31")).toBe("PENDING");
    expect(contractStatusOn(contract("PENDING", "2026-02-01", null), "2026-02-01")).toBe("ACTIVE");
  });

  it("keeps a terminated contract terminated", () => {
    expect(contractStatusOn(contract("TERMINATED", "2025-01-01", null), "2026-01-01")).toBe("TERMINATED");
  });

  it("ends a customer once every contract and supply period has ended, not a customer without contracts", () => {
    const ended = contract("ACTIVE", "2025-01-01", "2026-02-01");
    const customer = (toDate: string | null) => ({
      status: "ACTIVE" as const,
      contracts: [ended],
      supplyPeriods: [{ toDate: toDate ? new Date(toDate) : null }],
    });
    expect(customerStatusOn(customer("2026-02-01"), "2026-01-31")).toBe("ACTIVE");
    expect(customerStatusOn(customer("2026-02-01"), "2026-02-01")).toBe("ENDED");
    expect(customerStatusOn(customer(null), "2026-02-01")).toBe("ACTIVE");
    expect(customerStatusOn({ status: "ACTIVE", contracts: [], supplyPeriods: [] }, "2026-02-01")).toBe(
      "ACTIVE",
    );
  });
});
