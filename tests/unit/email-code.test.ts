import { describe, expect, it } from "vitest";
import { formatEmailCode, ZEmailCode } from "@/features/email-verification/domain/email-code";

const messageOf = (value: unknown) => {
  const parsed = ZEmailCode.safeParse(value);
  return parsed.success ? null : parsed.error.issues[0]?.message;
};

describe("the code field's schema", () => {
  it("takes six digits, with the spaces people type or paste stripped", () => {
    expect(ZEmailCode.parse("123456")).toBe("123456");
    expect(ZEmailCode.parse("123 456")).toBe("123456");
    expect(ZEmailCode.parse(" 1 2 3 4 5 6 ")).toBe("123456");
    expect(ZEmailCode.parse("012345")).toBe("012345");
  });

  it("says in Norwegian what is wrong with anything else", () => {
    expect(messageOf("")).toBe("Skriv inn koden fra e-posten.");
    expect(messageOf("   ")).toBe("Skriv inn koden fra e-posten.");
    expect(messageOf(undefined)).toBe("Skriv inn koden fra e-posten.");
    for (const wrong of ["12345", "1234567", "12a456", "123-456"]) {
      expect(messageOf(wrong), wrong).toBe("Koden har 6 siffer. Skriv bare sifrene, for eksempel 123 456.");
    }
    expect(messageOf(`123456${" ".repeat(40)}`)).toMatch(/^Koden har 6 siffer/);
  });

  it("writes a code in two groups of three, as the mail shows it", () => {
    expect(formatEmailCode("012345")).toBe("012 345");
  });
});
