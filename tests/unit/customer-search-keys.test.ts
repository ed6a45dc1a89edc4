import { describe, expect, it } from "vitest";
import {
  foldForSearch,
  prefixUpperBound,
  searchKeys,
  ZCustomerSearch,
} from "@/features/customers/domain/customer-search";
import { norwegianGsrn } from "@/platform/identifiers/gsrn";
import { syntheticNationalId } from "@/platform/identifiers/national-id";

describe("which keys a customer search tries", () => {
  it("a valid national ID is tried as that only, never as a name, phone or meter number", () => {
    const id = syntheticNationalId({ y: 1990, m: 1, d: 1 }, 124);
    expect(searchKeys(`${id.slice(0, 6)} ${id.slice(6)}`)).toEqual({
      nameWords: [],
      customerNumber: null,
      email: null,
      phone: null,
      nationalId: id,
      gsrn: null,
      meterNumber: null,
    });
  });

  it("a name is tried as folded word prefixes, and not as a meter number", () => {
    expect(searchKeys("  Pål   ÆRØ ")).toMatchObject({
      nameWords: ["pal", "aero"],
      meterNumber: null,
      phone: null,
    });
    expect(searchKeys("a b c d e f").nameWords).toHaveLength(4);
  });

  it("numbers are tried as every key they can be", () => {
    expect(searchKeys("+47 912 34 567")).toMatchObject({ phone: "91234567", customerNumber: null });
    expect(searchKeys("91234567")).toMatchObject({
      phone: "91234567",
      customerNumber: 91234567,
      meterNumber: "91234567",
    });
    const gsrn = norwegianGsrn(1234);
    expect(searchKeys(gsrn)).toMatchObject({ gsrn, meterNumber: gsrn, customerNumber: null });
    expect(searchKeys("707057500000012340").gsrn).toBeNull(); // wrong check digit
    expect(searchKeys("Kari.Nordmann@Example.com").email).toBe("kari.nordmann@example.com");
  });

  it("folds names and bounds prefixes in code-point order", () => {
    expect(foldForSearch("Søren Østbø-Ærlig José")).toBe("soren ostbo-aerlig jose");
    expect(prefixUpperBound("nord")).toBe("nore");
    expect(prefixUpperBound("az")).toBe("a{");
    expect("nordmann" >= "nord" && "nordmann" < prefixUpperBound("nord")).toBe(true);
    expect("nore" < prefixUpperBound("nord")).toBe(false);
  });

  it("a one-digit customer number can be searched; other one-character queries are refused", () => {
    const search = (q: string) => ZCustomerSearch.safeParse({ q, reason: "inquiry" });
    expect(search("7").data?.q).toBe("7");
    expect(searchKeys("7").customerNumber).toBe(7);
    expect(search(" 7 ").success).toBe(true);
    expect(search("a").error?.issues[0]?.message).toBe("Skriv minst 2 tegn, eller et kundenummer.");
    expect(search(" ").success).toBe(false);
    expect(search("ab").success).toBe(true);
  });
});
