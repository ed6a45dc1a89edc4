import { describe, expect, it } from "vitest";
import {
  accountNumberText,
  amountToPay,
  forbrukMonthHref,
  quantityText,
  unitPriceText,
  vatRateText,
} from "@/features/invoices/domain/invoice-words";

describe("the words an invoice is shown with", () => {
  it("quotes energy in øre per kWh and the fee in kroner per day, exactly as stored but to two decimals", () => {
    expect(unitPriceText("81.234567", "kWh")).toBe("81,23 øre/kWh");
    expect(unitPriceText("163.333333", "dager")).toBe("1,63 kr/dag");
    expect(unitPriceText("4900.000000", "mnd")).toBe("49,00 kr/mnd.");
    expect(unitPriceText("5.000000", "dager")).toBe("0,05 kr/dag");
  });

  it("shows whole days without decimals and kWh with two, credit notes negative", () => {
    expect(quantityText("30.0000", "dager")).toBe("30 dager");
    expect(quantityText("312.4500", "kWh")).toBe("312,45 kWh");
    expect(quantityText("-312.4500", "kWh")).toBe("−312,45 kWh");
  });

  it("gives the account in the bank's groups, the amount as a payment form takes it, and the VAT rate", () => {
    expect(accountNumberText("12345678903")).toBe("1234 56 78903");
    expect(amountToPay(39_766)).toBe("397,66");
    expect(amountToPay(123_405)).toBe("1234,05");
    expect(vatRateText(2500)).toBe("25 %");
    expect(vatRateText(0)).toBe("0 % (fritatt)");
  });

  it("links to the billed month on Forbruk", () => {
    expect(forbrukMonthHref(new Date("2026-11-01"))).toBe("/min-side/forbruk?periode=maned&dato=2026-11");
  });
});
