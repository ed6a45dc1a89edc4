import { describe, expect, it } from "vitest";
import { homePathFor, safeReturnPath, ZLogin } from "@/features/sign-in/domain/credentials";

describe("safeReturnPath (?tilbake=)", () => {
  it.each([
    ["/min-side", "/min-side"],
    ["/min-side/forbruk?periode=uke#graf", "/min-side/forbruk?periode=uke#graf"],
    ["/admin/kunder/42", "/admin/kunder/42"],
    ["/min-side/profil?x=1#y", "/min-side/profil?x=1#y"],
    ["/s%C3%B8k?q=%2F%2Fikke-en-vert", "/s%C3%B8k?q=%2F%2Fikke-en-vert"],
    ["/min-side/../admin", "/admin"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    ["//evil.example/min-side"],
    ["/\\evil.example"],
    ["https://evil.example/"],
    ["javascript:alert(1)"],
    ["min-side"],
    ["/ /evil.example"],
    ["/\t/evil.example"],
    ["/logg-inn"],
    ["/logg-%69nn"],
    ["/logg-inn?tilbake=/min-side"],
    [`/${"a".repeat(600)}`],
    [""],
    [undefined],
    [["/min-side", "/admin"]],
  ])("refuses %j (open redirect, login loop or junk)", (input) => {
    expect(safeReturnPath(input)).toBeNull();
  });

  // Each of these reached the browser as a "//evil.example" (another site) before the normalised path was checked.
  it.each([
    ["/.//evil.example"],
    ["/..//evil.example"],
    ["/min-side/..//evil.example"],
    ["/%2e//evil.example"],
    ["/%2E%2E//evil.example"],
    ["/.%2e//evil.example"],
    ["/%2F%2Fevil.example"],
    ["/%2f/evil.example"],
    ["/%2F%2F%65vil.example"],
    ["/%252F%252Fevil.example"],
    ["/%25252F%25252Fevil.example"],
    ["/%5Cevil.example"],
    ["/%5C%5Cevil.example"],
    ["/\\\\evil.example"],
    ["/\\/evil.example"],
    ["///evil.example"],
    ["\t//evil.example"],
    ["/\n/evil.example"],
    ["/\r\n/evil.example"],
    ["/%09/evil.example"],
    ["/%0A/evil.example"],
    ["/%00/evil.example"],
    ["/%E0%A4%A"],
  ])("refuses %j, which normalises or decodes to another host", (input) => {
    expect(safeReturnPath(input)).toBeNull();
  });

  it("sends customers to Min side and staff to /admin by default", () => {
    expect(homePathFor("CUSTOMER")).toBe("/min-side");
    expect(homePathFor("SUPPORT")).toBe("/admin");
    expect(homePathFor("ADMIN")).toBe("/admin");
  });
});

describe("credential schemas", () => {
  it("normalises the login email and caps both fields", () => {
    expect(ZLogin.parse({ email: "  Kari.Nordmann@Example.COM ", password: "x" }).email).toBe(
      "kari.nordmann@example.com",
    );
    const huge = ZLogin.safeParse({
      email: `${"a".repeat(10_000)}@example.com`,
      password: "p".repeat(10_000),
    });
    expect(huge.success).toBe(false);
    expect(huge.error?.issues.map((i) => i.path[0]).sort()).toEqual(["email", "password"]);
  });
});
