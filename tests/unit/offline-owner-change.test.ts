import { describe, expect, it } from "vitest";
import { copyTimeText, personLeft } from "@/features/offline";

const anne = { owner: "anne-key-0123456789abcdef", until: Date.UTC(2026, 11, 7, 20, 0) };
const bjorn = { owner: "bjorn-key-0123456789abcdef", until: Date.UTC(2026, 11, 7, 21, 0) };
const before = Date.UTC(2026, 11, 7, 19, 0);
const after = Date.UTC(2026, 11, 7, 20, 30);

describe("the person using the browser left (the worker then ends its push subscription)", () => {
  it("when another person's page is seen", () => {
    expect(personLeft(anne, bjorn, before)).toBe(true);
  });

  it("when a page without an owner is seen before the session would have ended: a sign-out", () => {
    expect(personLeft(anne, null, before)).toBe(true);
  });

  it("not when the same person goes on, nor when the session simply ran out, nor with nobody recorded", () => {
    expect(personLeft(anne, { ...anne, until: after }, before)).toBe(false);
    expect(personLeft(anne, null, after)).toBe(false);
    expect(personLeft(null, bjorn, before)).toBe(false);
    expect(personLeft(null, null, before)).toBe(false);
  });
});

describe("the offline banner's time of a copy", () => {
  it("is the Oslo clock for a copy from today", () => {
    expect(copyTimeText(new Date("2026-12-07T13:32:00Z"), new Date("2026-12-07T22:50:00Z"))).toBe(
      "kl. 14:32",
    );
  });

  it("names the day for a copy from before midnight in Oslo", () => {
    // 22:10 UTC is 23:10 in Oslo on the 6th; 23:30 UTC is already the 7th there.
    expect(copyTimeText(new Date("2026-12-06T22:10:00Z"), new Date("2026-12-06T23:30:00Z"))).toBe(
      "6. desember kl. 23:10",
    );
  });
});
