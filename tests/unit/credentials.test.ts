import { describe, expect, it } from "vitest";
import { homePathFor, safeReturnPath, ZLogin } from "@/domain/credentials";
import { clientIpFrom } from "@/server/auth/client-ip";

describe("safeReturnPath (?tilbake=)", () => {
  it.each([
    ["/min-side", "/min-side"],
    ["/min-side/forbruk?periode=uke#graf", "/min-side/forbruk?periode=uke#graf"],
    ["/admin/kunder/42", "/admin/kunder/42"],
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
    ["/logg-inn?tilbake=/min-side"],
    [`/${"a".repeat(600)}`],
    [""],
    [undefined],
    [["/min-side", "/admin"]],
  ])("refuses %j (open redirect, login loop or junk)", (input) => {
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

describe("clientIpFrom", () => {
  it("takes the address the nearest proxy appended, not what the client put first", () => {
    const headers = new Headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" });
    expect(clientIpFrom(headers)).toBe("198.51.100.7");
  });

  it("falls back to X-Real-IP, then to a shared 'unknown' bucket", () => {
    expect(clientIpFrom(new Headers({ "x-real-ip": "203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientIpFrom(new Headers())).toBe("unknown");
  });
});
