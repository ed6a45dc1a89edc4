import { existsSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, expectTypeOf, it } from "vitest";
import PrivacyStatementPage from "@/app/personvern/page";
import { TRACKERS } from "@/features/privacy/domain/cookies";
import { type DataCategory, type DataFieldId, PRIVACY_REGISTER } from "@/features/privacy/domain/register";
import { PRIVACY_RIGHTS, type PrivacyRequestType } from "@/features/privacy/domain/rights";
import {
  type LegalBasisId,
  PURPOSES,
  type PurposeId,
  RECIPIENTS,
  SOURCES,
} from "@/features/privacy/domain/vocabulary";
import { PrivacyRequestType as PrismaPrivacyRequestType } from "@/generated/prisma/browser";

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

const APP_DIR = path.join(import.meta.dirname, "../../src/app");

const uses = PRIVACY_REGISTER.flatMap((c) => c.purposes.map((use) => ({ category: c.id, ...use })));
const fields = PRIVACY_REGISTER.flatMap((c) => c.fields);

function textOf(category: DataCategory): string {
  return [category.name, category.description, ...category.fields.map((f) => f.label)]
    .join(" ")
    .toLowerCase();
}

function category(id: DataCategory["id"]): DataCategory {
  const found = PRIVACY_REGISTER.find((c) => c.id === id);
  if (!found) throw new Error(`no category ${id}`);
  return found;
}

describe("privacy register", () => {
  it("P1: the privacy page's categories cover every category the statement names", () => {
    expect(PRIVACY_REGISTER.map((c) => c.name).sort()).toEqual(
      STATEMENT_CATEGORIES.map((c) => c.name).sort(),
    );
    for (const { name, examples } of STATEMENT_CATEGORIES) {
      const found = PRIVACY_REGISTER.find((c) => c.name === name);
      if (!found) throw new Error(`no category named ${name}`);
      for (const example of examples) expect(textOf(found), `${name}: ${example}`).toContain(example);
    }

    // The page is generated from the register: every category, field and right is on it.
    const html = renderToStaticMarkup(PrivacyStatementPage());
    for (const c of PRIVACY_REGISTER) {
      expect(html).toContain(`id="kategori-${c.id}"`);
      expect(html).toContain(c.name);
      for (const field of c.fields) expect(html).toContain(escapeHtml(field.label));
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

  it("field ids are unique, and every purpose, source and recipient declared is used", () => {
    const ids = fields.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(uses.map((use) => use.purpose))).toEqual(new Set(Object.keys(PURPOSES)));
    expect(new Set(fields.flatMap((f) => f.sources))).toEqual(new Set(Object.keys(SOURCES)));
    expect(new Set(PRIVACY_REGISTER.flatMap((c) => c.recipients))).toEqual(new Set(Object.keys(RECIPIENTS)));
  });

  it("every category has a purpose, and each purpose rests on one legal basis wherever it is used", () => {
    for (const c of PRIVACY_REGISTER) expect(c.purposes, c.id).not.toEqual([]);

    const basisOf = new Map<PurposeId, LegalBasisId>();
    for (const use of uses) {
      const basis = basisOf.get(use.purpose) ?? use.legalBasis;
      expect(use.legalBasis, `${use.category}/${use.purpose}`).toBe(basis);
      basisOf.set(use.purpose, basis);
      // A legal obligation comes from a law, and the statement must say which.
      if (use.legalBasis === "legal-obligation")
        expect(use.law, `${use.category}/${use.purpose}`).toBeTruthy();
    }
  });

  it("the register runs the customer relationship on the contract and asks consent only for trackers and notifications", () => {
    for (const c of PRIVACY_REGISTER.filter((c) => c.id !== "technical")) {
      expect(c.purposes, c.id).toContainEqual(
        expect.objectContaining({ purpose: "customer-relationship", legalBasis: "contract" }),
      );
    }
    const consentPurposes = uses.filter((use) => use.legalBasis === "consent").map((use) => use.purpose);
    // Notifications are sent only to devices the customer turned them on for, of the kinds they chose.
    expect(new Set(consentPurposes)).toEqual(new Set<PurposeId>(["analytics", "marketing", "notifications"]));

    // A tracker may only sit in a category whose processing for it is consent-based, and only for
    // the cookie purpose the visitor consents to.
    for (const c of PRIVACY_REGISTER) {
      for (const id of c.recipients) {
        if (RECIPIENTS[id].requiresConsent) {
          expect(
            c.purposes.some((use) => use.legalBasis === "consent"),
            `${c.id} → ${id}`,
          ).toBe(true);
        }
      }
    }
    for (const tracker of TRACKERS) {
      expect(RECIPIENTS[tracker.recipient].requiresConsent, tracker.name).toBe(tracker.purpose);
    }
  });

  it("the register declares the statement's further purposes: bookkeeping, uncovering illegalities, claims", () => {
    const further = (Object.keys(PURPOSES) as PurposeId[]).filter((id) => PURPOSES[id].furtherPurpose);
    expect(further.sort()).toEqual(["bookkeeping", "claims", "fraud-prevention"]);
  });

  it("every data field has exactly one retention rule, consistent with where and why it is kept", () => {
    for (const c of PRIVACY_REGISTER) {
      const governed = c.retention.flatMap((entry) => entry.fields);
      // Every field has exactly one rule, and no rule names a field of another category.
      expect([...governed].sort(), c.id).toEqual(c.fields.map((f) => f.id).sort());

      for (const entry of c.retention) {
        const kind = entry.rule.kind;
        // Kept for bookkeeping only where bookkeeping is a purpose of the category.
        if (kind === "bookkeeping" || kind === "bookkeeping-secondary") {
          expect(c.purposes, `${c.id}: ${entry.fields.join()}`).toContainEqual(
            expect.objectContaining({ purpose: "bookkeeping", law: "bokføringsloven" }),
          );
        }
        // Only what lives outside our database can be governed by consent in the browser.
        for (const id of entry.fields) {
          const field = c.fields.find((f) => f.id === id);
          expect(Boolean(field?.storedElsewhere), id).toBe(kind === "until-consent-withdrawn");
        }
      }
    }
  });

  it("the register keeps invoices and agreements as long as bokføringsloven requires", () => {
    const ruleFor = (id: DataCategory["id"], field: DataFieldId) =>
      category(id).retention.find((e) => e.fields.includes(field))?.rule;
    expect(ruleFor("consumption", "invoices")).toEqual({
      kind: "bookkeeping",
      years: 5,
      from: "end-of-financial-year",
    });
    expect(ruleFor("contract", "agreement")).toEqual({
      kind: "bookkeeping-secondary",
      years: 3.5,
      from: "end-of-financial-year",
    });
  });

  it("the register declares one right per request type, each citing its GDPR article", () => {
    expectTypeOf<PrivacyRequestType>().toEqualTypeOf<PrismaPrivacyRequestType>();
    expect(PRIVACY_RIGHTS.map((r) => r.requestType).sort()).toEqual(
      Object.values(PrismaPrivacyRequestType).sort(),
    );
    for (const right of PRIVACY_RIGHTS) expect(right.article).toMatch(/artikkel (1[5-9]|2[0-2])$/);
    expect(PRIVACY_RIGHTS.find((r) => r.id === "erasure")?.limits).toContain("bokføringsloven");
  });
});

/** React escapes text; compare against the same escaping. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
