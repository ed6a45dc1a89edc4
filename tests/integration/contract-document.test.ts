import { beforeAll, describe, expect, it } from "vitest";
import { contractDocumentPdf } from "@/features/terms/server";
import { createContract, createCustomer, createMeteringPoint } from "../support/factories";
import { pdfText } from "../support/pdf-text";

// Monday 7 December 2026, 13:00 in Oslo.
const NOW = new Date("2026-12-07T12:00:00Z");

let fixed: { contractId: string; gsrn: string };
let legacy: { contractId: string };

beforeAll(async () => {
  const customer = await createCustomer({ firstName: "Åse Marie", lastName: "Bjørnstad" });
  const point = await createMeteringPoint(customer.id, { municipalityNumber: "0301" });
  const contract = await createContract(customer.id, point.id, {
    product: "FIXED",
    markupOrePerKwh: "0",
    fixedPriceOrePerKwh: "79.9",
    fixedUntil: new Date("2027-12-10"),
    startDate: new Date("2026-12-10"),
    termsVersion: "2026-12-07",
    concludedAt: NOW,
    startDuringWithdrawalPeriod: true,
  });
  fixed = { contractId: contract.id, gsrn: point.gsrn };
  const other = await createCustomer();
  const otherPoint = await createMeteringPoint(other.id, { municipalityNumber: "5501" });
  legacy = { contractId: (await createContract(other.id, otherPoint.id)).id };
});

describe("the contract document (PDF)", () => {
  it("holds the parties, the metering point, the price terms with and without VAT, the start date and the terms version", async () => {
    const doc = await contractDocumentPdf(fixed.contractId, NOW);
    expect(doc?.filename).toBe(`klarkraft-avtale-${fixed.gsrn}-2026-12-10.pdf`);
    expect(new TextDecoder().decode(doc?.content.slice(0, 5))).toBe("%PDF-");
    const text = await pdfText(doc?.content ?? new Uint8Array());
    expect(text).toContain("Klarkraft AS, Kraftgata 1, 0150 Oslo");
    expect(text).toContain("Kunde: Åse Marie Bjørnstad");
    expect(text).toContain(`Målepunkt-ID: ${fixed.gsrn}`);
    expect(text).toContain("Produkt: Fastpris");
    expect(text).toContain("Fastpris: 79,90 øre/kWh uten mva, 99,88 med mva");
    expect(text).toContain("Fastprisen gjelder til: 10. desember 2027");
    expect(text).toContain("Månedsbeløp: 49,00 kr uten mva, 61,25 kr med mva");
    expect(text).toContain("Startdato: 10. desember 2026");
    expect(text).toContain("Avtalen ble inngått: 7. desember 2026");
    expect(text).toContain("Avtalevilkår: versjon 2026-12-07");
  });

  it("holds the full terms of the accepted version, the withdrawal information and the withdrawal form", async () => {
    const doc = await contractDocumentPdf(fixed.contractId, NOW);
    const text = await pdfText(doc?.content ?? new Uint8Array());
    expect(text).toContain("Avtalevilkår, versjon 2026-12-07");
    expect(text).toContain("13. Klage og tvister");
    expect(text).toContain("Elklagenemnda");
    expect(text).toContain("innen 14 dager uten å oppgi noen grunn");
    expect(text).toContain("«Angre avtalen» på Min side › Avtale");
    expect(text).toContain("Du ba om at leveringen skulle starte før angrefristen var ute.");
    expect(text).toContain("Angreskjema");
    expect(text).toContain("ønsker å gå fra min/vår (*) avtale om levering av følgende tjeneste");
    expect(text).toContain("Leveringen startet / skal starte den (dato): 10. desember 2026");
    expect(text).toContain(`Målepunkt-ID: ${fixed.gsrn} Forbrukerens/forbrukernes underskrift`);
  });

  it("says a contract made before the terms had versions has none, shows today's terms and VAT-exempt prices", async () => {
    const doc = await contractDocumentPdf(legacy.contractId, NOW);
    const text = await pdfText(doc?.content ?? new Uint8Array());
    expect(text).toContain("Avtalevilkår: Avtalen ble inngått før vilkårene fikk versjon.");
    expect(text).not.toContain("Avtalen ble inngått: ");
    expect(text).toContain("Påslag på spotprisen: 4,90 øre/kWh (ingen mva)");
    expect(text).toContain("Avtalevilkår, versjon 2026-12-07");
  });

  it("is null for a contract that does not exist or an id that is no uuid", async () => {
    expect(await contractDocumentPdf("0190f5b4-0000-7000-8000-000000000000", NOW)).toBeNull();
    expect(await contractDocumentPdf("../etc/passwd", NOW)).toBeNull();
  });
});
