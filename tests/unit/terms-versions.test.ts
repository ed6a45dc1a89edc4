import { describe, expect, it } from "vitest";
import { PRODUCT_OFFERS } from "@/features/contracts";
import {
  findTermsVersion,
  latestTermsVersion,
  OFFERED_PRODUCTS,
  offerPriceTerms,
  TERMS_VERSIONS,
  termsVersionOn,
  WITHDRAWAL_INFORMATION,
  withdrawalForm,
} from "@/features/terms";

describe("Avtalevilkår versions", () => {
  it("names the version in force on a day: none before the first, the newest not after the day", () => {
    expect(termsVersionOn("2026-12-06")).toBeNull();
    expect(termsVersionOn("2026-12-07")?.id).toBe("2026-12-07");
    expect(termsVersionOn("2030-01-01")?.id).toBe(latestTermsVersion().id);
  });

  it("finds a version by its id and nothing by any other text", () => {
    expect(findTermsVersion("2026-12-07")?.effectiveFrom).toBe("2026-12-07");
    for (const id of ["", "2026-12-08", "__proto__", "constructor", "toString", "../2026-12-07"]) {
      expect(findTermsVersion(id), id).toBeNull();
    }
  });

  it("keeps versions in order of their effective date, each id its date and unique, sections with unique anchors", () => {
    const ids = TERMS_VERSIONS.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...TERMS_VERSIONS].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))).toEqual(
      TERMS_VERSIONS,
    );
    for (const version of TERMS_VERSIONS) {
      expect(version.id).toBe(version.effectiveFrom);
      const anchors = version.sections.map((s) => s.id);
      expect(new Set(anchors).size, version.id).toBe(anchors.length);
      for (const section of version.sections)
        expect(section.paragraphs.length, section.id).toBeGreaterThan(0);
    }
  });

  it("every product on offer has price terms in every version, and today's figures with and without VAT", () => {
    expect([...OFFERED_PRODUCTS].sort()).toEqual(Object.keys(PRODUCT_OFFERS).sort());
    for (const version of TERMS_VERSIONS) {
      for (const product of OFFERED_PRODUCTS) expect(version.productTerms[product].length).toBeGreaterThan(0);
    }
    expect(offerPriceTerms("SPOT", 2500)).toEqual([
      { label: "Påslag på spotprisen", value: "4,90 øre/kWh uten mva, 6,13 med mva" },
      { label: "Månedsbeløp", value: "49,00 kr uten mva, 61,25 kr med mva" },
    ]);
    expect(offerPriceTerms("FIXED", 2500)).toEqual([
      { label: "Fastpris", value: "79,90 øre/kWh uten mva, 99,88 med mva" },
      { label: "Fastprisen gjelder", value: "12 måneder fra startdatoen" },
      { label: "Månedsbeløp", value: "49,00 kr uten mva, 61,25 kr med mva" },
    ]);
  });

  it("follows the standard agreement's topics (declared text: start, prices and notice, billing, disconnection, termination, angrerett, complaints, privacy)", () => {
    const text = latestTermsVersion()
      .sections.map((s) => `${s.heading} ${s.paragraphs.join(" ")}`)
      .join(" ");
    for (const phrase of [
      "Inngåelse av avtalen og oppstart",
      "Angrerett",
      "30 dager etter at du fikk varselet",
      "Fakturering og betaling",
      "stenge leveringen",
      "Oppsigelse",
      "Elklagenemnda",
      "personvernerklæringen",
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it("words the withdrawal right: 14 days from the day the contract is concluded, «Angre avtalen» or the form by mail, paying for what was delivered", () => {
    const text = WITHDRAWAL_INFORMATION.join(" ");
    expect(text).toContain("14 dager fra den dagen avtalen ble inngått");
    expect(text).toContain("«Angre avtalen» på Min side › Avtale");
    expect(text).toContain("i brev til Klarkraft AS, Kraftgata 1, 0150 Oslo");
    expect(text).toContain("betaler du for strømmen vi har levert");
    const form = withdrawalForm({ concludedOn: "7. desember 2026" });
    expect(form.heading).toBe("Angreskjema");
    expect(form.lines).toContain("Avtalen ble inngått den (dato): 7. desember 2026");
  });
});
