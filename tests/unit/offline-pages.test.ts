import { describe, expect, it } from "vitest";
import { isOfflinePage, OWNER_ATTRIBUTE, readOwnerMarker, UNTIL_ATTRIBUTE } from "@/features/offline";

describe("pages kept for offline reading", () => {
  it("are Oversikt, Forbruk, the invoice list and one invoice", () => {
    for (const path of [
      "/min-side",
      "/min-side/forbruk",
      "/min-side/faktura",
      "/min-side/faktura/0f8a0d5e-6d0c-4a57-9f5e-3b2c1d0e9a8b",
    ]) {
      expect(isOfflinePage(path), path).toBe(true);
    }
  });

  it("never include exports, PDFs, other Min side pages, staff pages or the API", () => {
    for (const path of [
      "/min-side/forbruk/eksport",
      "/min-side/forbruk/norgespris",
      "/min-side/faktura/0f8a0d5e-6d0c-4a57-9f5e-3b2c1d0e9a8b/faktura.pdf",
      "/min-side/avtale",
      "/min-side/profil",
      "/min-side/personvern/innsyn",
      "/min-side/meldinger",
      "/min-side/",
      "/admin",
      "/admin/faktura",
      "/api/health",
      "/logg-inn",
    ]) {
      expect(isOfflinePage(path), path).toBe(false);
    }
  });
});

describe("the owner marker in a page", () => {
  const owner = "q3LxGm0Yc1o8Vw2Jf5pHnT7uKd4sRb6eA9zXy-_iCgE";

  it("is read from the header's hidden element", () => {
    const html = `<html><body><header><span hidden="" ${OWNER_ATTRIBUTE}="${owner}" ${UNTIL_ATTRIBUTE}="1796000000000"></span></header>`;
    expect(readOwnerMarker(html)).toEqual({ owner, until: 1796000000000 });
  });

  it("is missing from a page rendered without a customer", () => {
    expect(readOwnerMarker("<html><body><header><nav>Logg inn</nav></header></body></html>")).toBeNull();
  });

  it("cannot be forged by text a user typed, which React escapes", () => {
    const typed = `${OWNER_ATTRIBUTE}=&quot;${owner}&quot; ${UNTIL_ATTRIBUTE}=&quot;9999999999999&quot;`;
    expect(readOwnerMarker(`<p>${typed}</p>`)).toBeNull();
  });
});
