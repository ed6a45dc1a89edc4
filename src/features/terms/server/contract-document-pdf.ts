import "server-only";
// The contract document: the contract on a durable medium (angrerettloven), as a PDF. The parties, the
// metering point, the product and its price terms, the start date, the terms version and its full text,
// the withdrawal information and the withdrawal form. Callers check who may have it: this loads any
// contract by id.
import { norwegianDate, priceTermLines } from "@/features/contracts";
import { isVatExempt, vatBasisPointsOn } from "@/features/pricing";
import { db } from "@/platform/db";
import { CONTRACT_PRODUCT_LABELS } from "@/platform/format/labels";
import { isUuid } from "@/platform/identifiers/uuid";
import { PdfWriter } from "@/platform/pdf/pdf-writer";
import { osloDate } from "@/platform/time/oslo-calendar";
import { SELLER, SELLER_ADDRESS } from "../domain/seller";
import { findTermsVersion, type TermsVersion, termsVersionOn } from "../domain/terms-versions";
import { WITHDRAWAL_HEADING, WITHDRAWAL_INFORMATION, withdrawalForm } from "../domain/withdrawal-information";

export interface ContractDocument {
  filename: string;
  content: Uint8Array;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

async function loadContract(contractId: string) {
  return db.contract.findUnique({
    where: { id: contractId },
    select: {
      product: true,
      markupOrePerKwh: true,
      monthlyFeeOre: true,
      fixedPriceOrePerKwh: true,
      fixedUntil: true,
      startDate: true,
      termsVersion: true,
      concludedAt: true,
      startDuringWithdrawalPeriod: true,
      customer: { select: { firstName: true, lastName: true, street: true, postalCode: true, city: true } },
      meteringPoint: {
        select: {
          gsrn: true,
          street: true,
          postalCode: true,
          city: true,
          priceArea: true,
          gridCompany: true,
          municipalityNumber: true,
        },
      },
    },
  });
}

type LoadedContract = NonNullable<Awaited<ReturnType<typeof loadContract>>>;

/** The contract's document, or null when no contract has this id. */
export async function contractDocumentPdf(
  contractId: string,
  now = new Date(),
): Promise<ContractDocument | null> {
  if (!isUuid(contractId)) return null;
  const contract = await loadContract(contractId);
  if (!contract) return null;
  const accepted = contract.termsVersion ? findTermsVersion(contract.termsVersion) : null;
  const shown = accepted ?? termsVersionOn(osloDate(now));
  const startDate = isoDate(contract.startDate);
  const content = await PdfWriter.render(
    { title: `Strømavtale med ${SELLER.name}`, author: SELLER.name },
    (pdf) => {
      contractPart(pdf, contract, accepted, now);
      if (shown) termsPart(pdf, shown, accepted !== null);
      withdrawalPart(pdf, contract);
    },
  );
  return { filename: `klarkraft-avtale-${contract.meteringPoint.gsrn}-${startDate}.pdf`, content };
}

function contractPart(pdf: PdfWriter, contract: LoadedContract, accepted: TermsVersion | null, now: Date) {
  const { customer, meteringPoint: point } = contract;
  const vatExempt = isVatExempt(point.municipalityNumber);
  pdf
    .title(`Strømavtale med ${SELLER.name}`)
    .paragraph("Dette er avtalen din. Ta vare på dokumentet: det er avtalen på et varig medium.")
    .heading("Partene")
    .row("Kraftleverandør", `${SELLER_ADDRESS}, e-post ${SELLER.email}`);
  if (SELLER.organisationNumber) pdf.row("Organisasjonsnummer", SELLER.organisationNumber);
  pdf
    .row("Kunde", `${customer.firstName} ${customer.lastName}`)
    .row("Kundens adresse", `${customer.street}, ${customer.postalCode} ${customer.city}`)
    .heading("Avtalen")
    .row("Produkt", CONTRACT_PRODUCT_LABELS[contract.product])
    .row("Målepunkt-ID", point.gsrn)
    .row("Leveringsadresse", `${point.street}, ${point.postalCode} ${point.city}`)
    .row("Prisområde og nettselskap", `${point.priceArea}, ${point.gridCompany}`)
    .row("Startdato", norwegianDate(isoDate(contract.startDate)));
  if (accepted) {
    pdf
      .row("Avtalen ble inngått", norwegianDate(osloDate(contract.concludedAt)))
      .row("Avtalevilkår", `versjon ${accepted.id}, gjeldende fra ${norwegianDate(accepted.effectiveFrom)}`);
  } else {
    pdf.row("Avtalevilkår", "Avtalen ble inngått før vilkårene fikk versjon.");
  }
  pdf.heading("Prisvilkår");
  const terms = {
    ...contract,
    markupOrePerKwh: contract.markupOrePerKwh.toString(),
    fixedPriceOrePerKwh: contract.fixedPriceOrePerKwh?.toString() ?? null,
    fixedUntil: contract.fixedUntil ? isoDate(contract.fixedUntil) : null,
  };
  for (const line of priceTermLines(terms, { vatExempt, vatBasisPoints: vatBasisPointsOn(osloDate(now)) })) {
    pdf.row(line.label, line.value);
  }
  pdf.row("Merverdiavgift", vatExempt ? "Fritatt (Nord-Norge)" : "25 %");
  const version = accepted ?? termsVersionOn(osloDate(now));
  for (const paragraph of version?.productTerms[contract.product] ?? []) pdf.paragraph(paragraph);
  pdf.small(
    "Nettleie, elavgift og strømstøtte eller Norgespris gjøres opp av nettselskapet og er ikke med her.",
  );
}

function termsPart(pdf: PdfWriter, version: TermsVersion, accepted: boolean) {
  pdf.newPage().title(`Avtalevilkår, versjon ${version.id}`);
  if (!accepted) {
    pdf.paragraph(
      "Avtalen din ble inngått før vilkårene fikk versjon. Vilkårene som gjelder i dag, står nedenfor.",
    );
  }
  pdf.paragraph(version.basis);
  for (const section of version.sections) {
    pdf.subheading(section.heading);
    for (const paragraph of section.paragraphs) pdf.paragraph(paragraph);
  }
}

function withdrawalPart(pdf: PdfWriter, contract: LoadedContract) {
  pdf.newPage().title(WITHDRAWAL_HEADING);
  for (const paragraph of WITHDRAWAL_INFORMATION) pdf.paragraph(paragraph);
  if (contract.startDuringWithdrawalPeriod) {
    pdf.paragraph("Du ba om at leveringen skulle starte før angrefristen var ute.");
  }
  const form = withdrawalForm({
    concludedOn: contract.termsVersion ? norwegianDate(osloDate(contract.concludedAt)) : undefined,
    startOn: norwegianDate(isoDate(contract.startDate)),
    meteringPoint: contract.meteringPoint.gsrn,
  });
  // The form on a page of its own, to print and send.
  pdf.newPage().title(form.heading).paragraph(form.instruction);
  for (const line of form.lines) pdf.formLine(line);
  pdf.small(form.footnote);
}
