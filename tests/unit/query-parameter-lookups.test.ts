import { describe, expect, it } from "vitest";
import { loginNotice } from "@/app/logg-inn/notices";
import { contractNotice } from "@/app/min-side/avtale/notices";
import { auditFilter } from "@/features/audit";
import { parseView } from "@/features/consumption";
import { accessReason } from "@/features/customers";
import { inboxStatus, pageNumber } from "@/features/inquiries";
import { rectifiableField, ZCaseFilter } from "@/features/privacy";

// Keys every plain object answers to: an object-literal lookup by one of them finds Object.prototype
// or one of its methods instead of nothing (a 500 on /min-side/avtale?melding=__proto__).
const INHERITED = ["__proto__", "constructor", "toString", "valueOf"];

describe("lookups by a query parameter find nothing for an inherited key", () => {
  it.each(INHERITED)("?melding=%s on the contract page shows no notice", (key) => {
    expect(contractNotice(key)).toBeUndefined();
  });

  it("the contract page still shows the notices its actions redirect with", () => {
    expect(contractNotice("produktbytte")).toMatch(/Produktbyttet er registrert/);
    expect(contractNotice("oppsagt")).toMatch(/Oppsigelsen er registrert/);
    expect(contractNotice("flytting")).toMatch(/Flyttingen er registrert/);
    expect(contractNotice(["oppsagt"])).toBeUndefined();
  });

  it.each(INHERITED)("?melding=%s on the login page shows no notice", (key) => {
    expect(loginNotice(key)).toBeUndefined();
  });

  it.each(INHERITED)("?grunn=%s is no reason to show a customer", (key) => {
    expect(accessReason(key)).toBeNull();
  });

  it.each(INHERITED)("%s as the inbox's status and page opens its first page of open threads", (key) => {
    expect(inboxStatus(key)).toBe("OPEN");
    expect(pageNumber(key)).toBe(1);
  });

  it.each(INHERITED)("%s as the privacy queue's type and status leaves it unfiltered", (key) => {
    expect(ZCaseFilter.parse({ type: key, status: key })).toEqual({});
  });

  it.each(INHERITED)("every audit log filter set to %s is left out", (key) => {
    expect(auditFilter({ ansatt: key, kunde: key, fra: key, til: key })).toEqual({});
  });

  it.each(INHERITED)("%s as Forbruk's period or resolution gives a Norwegian message", (key) => {
    const period = parseView({ periode: key }, "2026-03-15");
    const resolution = parseView({ periode: "maned", opplosning: key }, "2026-03-15");
    expect(period.ok ? "" : period.message).toMatch(/^(Ukjent periode|Adressen har en ugyldig verdi)/);
    expect(resolution.ok ? "" : resolution.message).toMatch(
      /^(Oppløsningen passer ikke|Adressen har en ugyldig verdi)/,
    );
  });

  it.each(INHERITED)("a privacy request naming the field %s names no rectifiable field", (key) => {
    expect(rectifiableField(key)).toBeNull();
  });

  it("a privacy request naming a rectifiable field keeps it", () => {
    expect(rectifiableField("address")).toBe("address");
    expect(rectifiableField(null)).toBeNull();
  });
});
