import { describe, expect, it } from "vitest";
import { ZStepUpCode } from "@/features/second-factor/domain/step-up-code";
import { stepUpPath, stepUpReturnPath } from "@/features/sign-in/domain/step-up";

describe("the step-up page's return path", () => {
  it("comes back to a page of this site, with its query and fragment", () => {
    expect(stepUpReturnPath("/min-side/personvern#innsyn")).toBe("/min-side/personvern#innsyn");
    expect(stepUpPath("/min-side/personvern#innsyn")).toBe(
      "/bekreft-identitet?tilbake=%2Fmin-side%2Fpersonvern%23innsyn",
    );
  });

  it("never goes to another site, the login, or the step-up page itself", () => {
    for (const path of [
      "//evil.example/min-side",
      "https://evil.example/",
      "/logg-inn",
      "/bekreft-identitet",
      "/bekreft-identitet?tilbake=%2Fmin-side",
      "/bekreft-identitet/",
    ]) {
      expect(stepUpReturnPath(path), path).toBeNull();
    }
    expect(stepUpReturnPath("/bekreft-identiteten")).toBe("/bekreft-identiteten");
  });
});

describe("the step-up code", () => {
  it("takes six digits from the app, typed with spaces too", () => {
    expect(ZStepUpCode.parse({ code: "123 456" })).toEqual({ code: "123456" });
  });

  it("refuses a recovery code, saying so", () => {
    const result = ZStepUpCode.safeParse({ code: "ab3cd-ef4gh" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("gjenopprettingskode kan ikke brukes");
  });
});
