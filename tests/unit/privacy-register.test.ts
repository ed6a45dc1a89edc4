import { existsSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import PrivacyStatementPage from "@/app/personvern/page";
import { TRACKERS } from "@/domain/privacy/cookies";
import { PRIVACY_REGISTER } from "@/domain/privacy/register";
import { PRIVACY_RIGHTS } from "@/domain/privacy/rights";
import { LEGAL_BASES, PURPOSES, type PurposeId, RECIPIENTS } from "@/domain/privacy/vocabulary";
import { PrivacyRequestType } from "@/generated/prisma/browser";

/**
 * The six categories the privacy statement (seed/000_d796f5f3c63c90ee.txt) lists under "Vi behandler
 * i hovedsak følgende personopplysninger", with the examples it gives for each. The statement's
 * "målerpunkt-ID" and "personnummer" are written the correct way: målepunkt-ID, fødselsnummer.
 */
const STATEMENT_CATEGORIES = [
  { name: "Kontaktinformasjon", examples: ["navn", "adresse", "e-post", "telefon"] },
  { name: "Kommunikasjon", examples: ["henvendelser", "korrespondanse"] },
  { name: "Strømavtaleinformasjon", examples: ["målernummer", "målepunkt-id", "fødselsnummer"] },
  { name: "Strømforbruksinformasjon", examples: ["forbruk", "forbrukshistorikk"] },
  { name: "Innloggingsinformasjon", examples: ["brukernavn", "passord"] },
  { name: "Teknisk informasjon", examples: ["informasjonskapsler"] },
] as const;

function textOf(category: (typeof PRIVACY_REGISTER)[number]): string {
  return [category.name, category.description, ...category.fields.map((f) => f.label)]
    .join(" ")
    .toLowerCase();
}

const APP_DIR = path.join(import.meta.dirname, "../../src/app");

describe("privacy register", () => {
  it("P1: the privacy page's categories cover every category the statement names", () => {
    expect(PRIVACY_REGISTER.map((c) => c.name).sort()).toEqual(
      STATEMENT_CATEGORIES.map((c) => c.name).sort(),
    );
    for (const { name, examples } of STATEMENT_CATEGORIES) {
      const category = PRIVACY_REGISTER.find((c) => c.name === name);
      if (!category) throw new Error(`no category named ${name}`);
      for (const example of examples) expect(textOf(category), `${name}: ${example}`).toContain(example);
    }

    // The page is generated from the register: every category, purpose and right is on it.
    const html = renderToStaticMarkup(PrivacyStatementPage());
    for (const category of PRIVACY_REGISTER) {
      expect(html).toContain(`id="kategori-${category.id}"`);
      expect(html).toContain(category.name);
      for (const field of category.fields) expect(html).toContain(escapeHtml(field.label));
    }
    for (const right of PRIVACY_RIGHTS) expect(html).toContain(right.name);
  });

  it("the privacy page links only to pages that exist", () => {
    const html = renderToStaticMarkup(PrivacyStatementPage());
    const internal = [...html.matchAll(/href="(\/[^"#?]*)/g)].map(([, href]) => href ?? "");
    expect(internal.length).toBeGreaterThan(0);
    for (const href of internal) {
      expect(existsSync(path.join(APP_DIR, href, "page.tsx")), `link to ${href}`).toBe(true);
    }
  });

  it("P17/P18: every category has a purpose and legal basis; bookkeeping purpose present", () => {
    for (const category of PRIVACY_REGISTER) {
      expect(category.purposes.length, category.id).toBeGreaterThan(0);
      for (const use of category.purposes) {
        expect(LEGAL_BASES[use.legalBasis], `${category.id}/${use.purpose}`).toBeDefined();
        expect(PURPOSES[use.purpose], `${category.id}/${use.purpose}`).toBeDefined();
        expect(use.detail.length).toBeGreaterThan(10);
      }
    }

    // P17: the customer relationship rests on the contract, never on consent that could be withdrawn.
    for (const category of PRIVACY_REGISTER.filter((c) => c.id !== "technical")) {
      expect(category.purposes, category.id).toContainEqual(
        expect.objectContaining({ purpose: "customer-relationship", legalBasis: "contract" }),
      );
    }
    const consentPurposes = PRIVACY_REGISTER.flatMap((c) => c.purposes)
      .filter((use) => use.legalBasis === "consent")
      .map((use) => use.purpose);
    expect(new Set(consentPurposes)).toEqual(new Set<PurposeId>(["analytics", "marketing"]));

    // P18: the statement's further purposes, each used with its basis.
    const uses = PRIVACY_REGISTER.flatMap((c) => c.purposes.map((use) => ({ category: c.id, ...use })));
    expect(uses).toContainEqual(
      expect.objectContaining({
        category: "consumption",
        purpose: "bookkeeping",
        legalBasis: "legal-obligation",
        law: "bokføringsloven",
      }),
    );
    expect(uses).toContainEqual(
      expect.objectContaining({ purpose: "fraud-prevention", legalBasis: "legitimate-interest" }),
    );
    expect(uses).toContainEqual(
      expect.objectContaining({ purpose: "claims", legalBasis: "legitimate-interest" }),
    );
    const further = (Object.keys(PURPOSES) as PurposeId[]).filter((id) => PURPOSES[id].furtherPurpose);
    expect(further.sort()).toEqual(["bookkeeping", "claims", "fraud-prevention"]);
  });

  it("P19: processors are listed with what they do and where, and trackers receive data only with consent", () => {
    const processors = Object.values(RECIPIENTS).filter((r) => r.role === "processor");
    for (const processor of processors) {
      expect(processor.description.length).toBeGreaterThan(20);
      expect(processor.location).not.toBe("");
    }
    for (const category of PRIVACY_REGISTER) {
      for (const id of category.recipients) {
        expect(RECIPIENTS[id], `${category.id} → ${id}`).toBeDefined();
        // A tracker may only sit in a category whose processing for it is consent-based.
        if (RECIPIENTS[id].requiresConsent) {
          expect(
            category.purposes.some((use) => use.legalBasis === "consent"),
            `${category.id} → ${id}`,
          ).toBe(true);
        }
      }
    }
    for (const tracker of TRACKERS)
      expect(RECIPIENTS[tracker.recipient].requiresConsent).toBe(tracker.purpose);
    // Elhub, Experian and Folkeregisteret are named where the data goes to or comes from.
    const named = new Set(PRIVACY_REGISTER.flatMap((c) => c.recipients));
    for (const id of ["elhub", "experian", "folkeregisteret", "hosting", "email"] as const)
      expect(named).toContain(id);
  });

  it("P21: every category has a retention rule", () => {
    for (const category of PRIVACY_REGISTER) {
      expect(category.retention.length, category.id).toBeGreaterThan(0);
      const governed = category.retention.flatMap((entry) => entry.fields);
      // Every field has exactly one rule, and no rule names a field that does not exist.
      expect([...governed].sort(), category.id).toEqual(category.fields.map((f) => f.id).sort());
      for (const entry of category.retention) expect(entry.explanation.length).toBeGreaterThan(20);
    }
    const invoices = PRIVACY_REGISTER.find((c) => c.id === "consumption")?.retention.find((e) =>
      e.fields.includes("invoices"),
    );
    expect(invoices?.rule).toEqual({ kind: "bookkeeping", years: 5, from: "end-of-financial-year" });
    const agreement = PRIVACY_REGISTER.find((c) => c.id === "contract")?.retention.find((e) =>
      e.fields.includes("agreement"),
    );
    expect(agreement?.rule).toEqual({
      kind: "bookkeeping-secondary",
      years: 3.5,
      from: "end-of-financial-year",
    });
  });

  it("P29: every right names its article and its limits, and every request type has a right", () => {
    for (const right of PRIVACY_RIGHTS) {
      expect(right.article).toMatch(/artikkel (1[5-9]|2[0-2])$/);
      expect(right.limits.length).toBeGreaterThan(30);
    }
    expect(PRIVACY_RIGHTS.map((r) => r.requestType).sort()).toEqual(Object.values(PrivacyRequestType).sort());
    expect(PRIVACY_RIGHTS.find((r) => r.id === "erasure")?.limits).toContain("bokføringsloven");
  });
});

/** React escapes text; compare against the same escaping. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
