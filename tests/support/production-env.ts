// A complete production configuration for tests of env.ts: every required variable, no development value.
const key = (fill: string) => Buffer.alloc(32, fill).toString("base64");

export const PRODUCTION_ENV = {
  APP_ENV: "production",
  DATABASE_URL: "postgresql://minside@db.internal:5432/minside",
  APP_URL: "https://minside.klarkraft.no",
  AUTH_SECRET: "x".repeat(48),
  NATIONAL_ID_ENCRYPTION_KEY: key("e"),
  NATIONAL_ID_HASH_KEY: key("h"),
  SECOND_FACTOR_KEY: key("t"),
  SMTP_URL: "smtps://mail.klarkraft.no:465",
  LETTER_MAILBOX: "klarkraft@brev.trykkeriet.example.no",
  FOLKEREGISTER_URL: "https://folkeregisteret.api.skatteetaten.no/folkeregisteret/api/privat",
  FOLKEREGISTER_TOKEN: "f".repeat(40),
  ELHUB_URL: "https://api.elhub.no",
  ELHUB_TOKEN: "l".repeat(40),
  ELHUB_SENDER_GLN: "7080005051234",
  EXPERIAN_URL: "https://api.experian.no",
  EXPERIAN_TOKEN: "x".repeat(40),
  SPOT_PRICES_URL: "https://spotpriser.example.no",
  SPOT_PRICES_TOKEN: "s".repeat(40),
  BANKID_ISSUER: "https://klarkraft.eidhub.example",
  BANKID_CLIENT_ID: "klarkraft-min-side",
  BANKID_CLIENT_SECRET: "b".repeat(40),
  // A key pair made for this file only (web-push's generateVAPIDKeys).
  VAPID_PUBLIC_KEY: "BFAChl5OGxwGIj06y4T6AE_sepEDtnfMadkIdfg_SEZmKxfCHLmr2Krvr0zjSN9PzOYpVLmWeL4DhI6IL_Td2NI",
  VAPID_PRIVATE_KEY: "cT-pXR8INi38z5A2gQaFVS9K-6sTrMbw2TfXXkQ2IYk",
  VAPID_SUBJECT: "mailto:drift@klarkraft.no",
};
