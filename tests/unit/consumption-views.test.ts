// Forbruk's views (#21 items 7–10): the part of a period in progress that is compared, one reading of the
// address for the page and the download, the state's rates dated for 2026, and words shown as written.
import { describe, expect, it } from "vitest";
import { comparedWindows } from "@/features/consumption/domain/comparison";
import { parseView, queryParams } from "@/features/consumption/domain/view";
import { PRODUCT_DESCRIPTIONS } from "@/features/onboarding/domain/offer";
import { RATES, rateOn, ratesInForce } from "@/features/pricing/domain/rates";
import { placeName } from "@/platform/format/place-name";
import { osloMidnight } from "@/platform/time/oslo-calendar";

const TODAY = "2026-12-07";

function view(params: Record<string, string>) {
  const parsed = parseView(params, TODAY);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.view;
}

describe("a period in progress is compared by the part that has readings", () => {
  it("P14: 1.–6. December against 1.–6. November and 1.–6. December 2025", () => {
    const windows = comparedWindows(view({ periode: "maned", dato: "2026-12" }), osloMidnight("2026-12-07"));
    expect(windows.previous).toEqual({
      key: "2026-11",
      from: osloMidnight("2026-11-01"),
      to: osloMidnight("2026-11-07"),
    });
    expect(windows.lastYear).toEqual({
      key: "2025-12",
      from: osloMidnight("2025-12-01"),
      to: osloMidnight("2025-12-07"),
    });
  });

  it("P14: today until 08:00 against yesterday until 08:00; a period that is over is compared whole", () => {
    const until = new Date(osloMidnight(TODAY).getTime() + 8 * 3_600_000);
    const windows = comparedWindows(view({ periode: "dag", dato: TODAY }), until);
    expect(windows.previous.to).toEqual(new Date(osloMidnight("2026-12-06").getTime() + 8 * 3_600_000));
    const over = comparedWindows(view({ periode: "maned", dato: "2026-10" }), null);
    expect(over.previous).toEqual({
      key: "2026-09",
      from: osloMidnight("2026-09-01"),
      to: osloMidnight("2026-10-01"),
    });
  });

  it("P14: 31 March's part is cut to February's end, and a year is compared once", () => {
    const march = comparedWindows(view({ periode: "maned", dato: "2026-03" }), osloMidnight("2026-03-31"));
    expect(march.previous.to).toEqual(osloMidnight("2026-03-01"));
    expect(comparedWindows(view({ periode: "ar", dato: "2026" }), osloMidnight(TODAY)).lastYear).toBeNull();
  });
});

describe("one reading of the address for the page and the download", () => {
  it("P14: a parameter given twice is refused with a Norwegian message, not read as its first or last value", () => {
    const twice = parseView(queryParams(new URLSearchParams("periode=dag&periode=maned")), TODAY);
    expect(twice).toEqual({
      ok: false,
      message: "Adressen har «periode» mer enn én gang. Velg periode på nytt.",
    });
    // The page gets the same parameters from Next.js as an array, and answers the same.
    expect(parseView({ periode: ["dag", "maned"] }, TODAY)).toEqual(twice);
    expect(parseView({ malepunkt: ["1", "2"] }, TODAY).ok).toBe(false);
    expect(parseView(queryParams(new URLSearchParams("periode=dag&dato=2026-12-01")), TODAY).ok).toBe(true);
  });
});

describe("the state's rates, dated", () => {
  it("P14: 2026 is priced with a 2026 strømstøtte threshold, flagged as assumed where no primary source was found", () => {
    const jan2026 = rateOn(RATES.stromstotte, "2026-01-01");
    expect(jan2026?.from).toBe("2026-01-01");
    expect(jan2026?.value.thresholdOrePerKwh).toBe("77");
    expect(jan2026?.assumed).toBe(true);
    expect(rateOn(RATES.stromstotte, "2025-12-31")?.value.thresholdOrePerKwh).toBe("75");
    expect(rateOn(RATES.stromstotte, "2024-06-01")?.assumed).toBeUndefined();
    expect(ratesInForce(RATES.stromstotte, "2025-12-01", "2026-02-01").map((r) => r.from)).toEqual([
      "2025-01-01",
      "2026-01-01",
    ]);
  });

  it("P14: Norgespris caps a home at 5 000 kWh a month (as Stortinget adopted it), marked as assumed until the law's text is read", () => {
    const may2026 = rateOn(RATES.norgespris, "2026-05-01");
    expect(may2026?.value.monthlyCapKwh).toEqual({ HOME: 5000, HOLIDAY_HOME: 1000 });
    expect(may2026?.assumed).toBe(true);
    for (const list of [RATES.stromstotte, RATES.norgespris]) {
      for (const rate of list) expect(rate.source).toMatch(/\d{4}/);
    }
  });
});

describe("words", () => {
  it("shows Elhub's place names as Norwegians write them, and keeps a name someone typed", () => {
    expect(["OSLO", "MO I RANA", "BØ I TELEMARK", "NES PÅ HEDMARKEN", "Ål"].map(placeName)).toEqual([
      "Oslo",
      "Mo i Rana",
      "Bø i Telemark",
      "Nes på Hedmarken",
      "Ål",
    ]);
  });

  it("describes spot prices as they are set since October 2025: per quarter, not per hour", () => {
    expect(PRODUCT_DESCRIPTIONS.SPOT).not.toMatch(/time/);
    expect(PRODUCT_DESCRIPTIONS.SPOT).toMatch(/kvarter/);
  });
});
