import { describe, expect, it } from "vitest";
import { accessReason } from "@/features/customers";
import { secondFactorPath, withReturnPath } from "@/features/second-factor";
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

  const CUSTOMER = "/admin/kunder/5b0c1a9e-3f1d-4c61-9a47-2f7d0c8e6a11";

  // A return path is followed after the sign-in's same-origin redirect, where requestedFromOwnSite()
  // cannot see that another site's link chose it: what records a choice or confirms an action is dropped.
  it.each([
    [`${CUSTOMER}?grunn=invoice`, CUSTOMER],
    [`${CUSTOMER}?grunn=invoice#kontakt`, `${CUSTOMER}#kontakt`],
    [`${CUSTOMER}?gr%75nn=invoice`, CUSTOMER],
    [`${CUSTOMER}?grunn=invoice&grunn=inquiry`, CUSTOMER],
    [`${CUSTOMER}?grunn`, CUSTOMER],
    ["/admin/meldinger?status=CLOSED&grunn=inquiry&side=2", "/admin/meldinger?status=CLOSED&side=2"],
    ["/min-side/avtale?melding=oppsagt", "/min-side/avtale"],
    [
      "/admin/personvernsaker/5b0c1a9e-3f1d-4c61-9a47-2f7d0c8e6a11?lagret=1",
      "/admin/personvernsaker/5b0c1a9e-3f1d-4c61-9a47-2f7d0c8e6a11",
    ],
    [
      "/min-side/personvern/foresporsler/5b0c1a9e-3f1d-4c61-9a47-2f7d0c8e6a11?finnes=1",
      "/min-side/personvern/foresporsler/5b0c1a9e-3f1d-4c61-9a47-2f7d0c8e6a11",
    ],
    ["/min-side/forbruk?periode=dag&dato=2026-01-05", "/min-side/forbruk?periode=dag&dato=2026-01-05"],
  ])("drops what records intent from %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it("a link from another site through the login, the code step and back lands on the customer view without a reason", () => {
    // The login form posts the link's ?tilbake= back; the login page sends a pending session to the
    // code step and a signed-in one onward, each time through safeReturnPath (actions.ts, page.tsx).
    const link = new URL(
      `/logg-inn?${new URLSearchParams({ tilbake: `${CUSTOMER}?grunn=invoice` })}`,
      "https://x.invalid",
    );
    const afterPassword = new URL(
      withReturnPath("/logg-inn", safeReturnPath(link.searchParams.get("tilbake"))),
      link,
    );
    const codeStep = new URL(
      secondFactorPath("code", safeReturnPath(afterPassword.searchParams.get("tilbake"))),
      link,
    );
    const afterCode = new URL(
      withReturnPath("/logg-inn", safeReturnPath(codeStep.searchParams.get("tilbake"))),
      link,
    );
    const landing = new URL(safeReturnPath(afterCode.searchParams.get("tilbake")) ?? "/admin", link);
    expect(landing.pathname).toBe(CUSTOMER);
    // The customer view reads its reason from ?grunn= alone: none, so it asks the staff member for one.
    expect(accessReason(landing.searchParams.get("grunn") ?? undefined)).toBeNull();
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
