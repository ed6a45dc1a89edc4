// Avtalevilkår as versioned data. A version is never changed once in force: a change of wording is a
// new version with its own id and effective date, and the old one stays readable at
// /avtalevilkar/<id>, because a contract stores the version its customer accepted
// (Contract.termsVersion).
import type { OfferedProduct } from "@/features/contracts";
import { TERMS_2026_12_07 } from "./terms-2026-12-07";

export interface TermsSection {
  /** Anchor on the page ("priser"), stable within a version. */
  id: string;
  heading: string;
  paragraphs: readonly string[];
}

export interface TermsVersion {
  /** The version's name, its effective date: "2026-12-07". */
  id: string;
  /** The first Oslo day the version applies to new contracts. */
  effectiveFrom: string;
  /** What the terms build on, said to the reader. */
  basis: string;
  sections: readonly TermsSection[];
  /** How each product's price is made; the figures come from the price list (PRODUCT_OFFERS). */
  productTerms: Readonly<Record<OfferedProduct, readonly string[]>>;
}

/** Every version ever in force, oldest first. */
export const TERMS_VERSIONS: readonly TermsVersion[] = [TERMS_2026_12_07];

const BY_ID = new Map(TERMS_VERSIONS.map((version) => [version.id, version]));

/** The version by its id, or null for an id that names none (any text from an address). */
export function findTermsVersion(id: string): TermsVersion | null {
  return BY_ID.get(id) ?? null;
}

/**
 * The version in force on an Oslo calendar day: the newest whose effective date is not after it; null
 * before the first version (no versioned terms were in force then).
 */
export function termsVersionOn(date: string): TermsVersion | null {
  return TERMS_VERSIONS.filter((version) => version.effectiveFrom <= date).at(-1) ?? null;
}

/** The newest version: the one the terms page shows. */
export function latestTermsVersion(): TermsVersion {
  const latest = TERMS_VERSIONS.at(-1);
  if (!latest) throw new Error("No terms version");
  return latest;
}
