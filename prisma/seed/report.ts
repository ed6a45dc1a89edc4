// What the seed CLI and the start-up script print: never a national ID, only what a developer needs.

import type { SeedSummary } from "./demo-data";
import { DEMO_CUSTOMERS, DEMO_PASSWORD, DEMO_STAFF, DEMO_TOTP_SECRET } from "./people";

/** Where the data goes, without the password a DATABASE_URL may carry. */
export function databaseLabel(config: { DATABASE_URL?: string; EMBEDDED_DATABASE_DIR: string }): string {
  if (!config.DATABASE_URL) return `embedded (${config.EMBEDDED_DATABASE_DIR})`;
  const url = new URL(config.DATABASE_URL);
  return `PostgreSQL (${url.host}${url.pathname})`;
}

export function formatSeedSummary(summary: SeedSummary, seconds: number): string {
  const { window } = summary;
  return [
    `Demo data seeded in ${seconds.toFixed(1)} s:`,
    `  ${summary.users} users (${summary.customers} customers, ${summary.users - summary.customers} staff), ${summary.meteringPoints} metering points`,
    `  ${summary.readings.toLocaleString("en")} readings (hourly, and 15-minute on one meter) up to ${window.lastHour.toISOString()}`,
    `  ${summary.spotPrices.toLocaleString("en")} spot prices (NO1–NO5) from ${window.startDate}, up to the end of tomorrow`,
    `  ${summary.invoices} invoices, ${summary.inquiries} inquiries`,
  ].join("\n");
}

/** The lines a developer needs to log in to the demo. */
export function formatDemoLogins(): string {
  const rows = [
    ...DEMO_CUSTOMERS.map((c): [string, string] => [
      c.email,
      `customer: ${c.firstName} ${c.lastName}, ${c.city} (${c.priceArea})`,
    ]),
    ...DEMO_STAFF.map((s): [string, string] => [
      s.email,
      `${s.role}: ${s.name}${s.totp ? "" : " (sets up the authenticator app at first sign-in)"}`,
    ]),
  ];
  const width = Math.max(...rows.map(([email]) => email.length));
  return [
    `Demo logins (password for all: ${DEMO_PASSWORD}):`,
    ...rows.map(([email, who]) => `  ${email.padEnd(width)}  ${who}`),
    `Staff also give a code from the authenticator secret ${DEMO_TOTP_SECRET}: \`npm run totp\` prints it.`,
  ].join("\n");
}
