import "server-only";

export type { ConsentReportRow } from "./consent";
export { deleteEndedConsentRecords, getConsentReport, recordConsentChoice } from "./consent";
export { readStoredConsent, writeConsentCookie } from "./consent-cookie";
export { getConsentView } from "./consent-view";
