import { describe, expect, it } from "vitest";
import { loginNotice } from "@/app/logg-inn/notices";

describe("the login page's ?melding= notice", () => {
  it("shows the confirmation of a known notice", () => {
    expect(loginNotice("passord-endret")).toMatch(/Passordet ditt er endret/);
    expect(loginNotice("passord-nullstilt")).toMatch(/nytt passord/);
  });

  it.each([
    ["__proto__"],
    ["constructor"],
    ["toString"],
    ["hasOwnProperty"],
    ["ukjent"],
    [["passord-endret"]],
  ])("shows nothing for %j, not an inherited Object property", (melding) => {
    expect(loginNotice(melding)).toBeUndefined();
  });
});
