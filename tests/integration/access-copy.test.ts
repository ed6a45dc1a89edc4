import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PRIVACY_REGISTER } from "@/features/privacy/domain/register";
import { accessCopyJson, accessCopyReport } from "@/features/privacy/server/access-copy";
import { COLUMN_LABELS } from "@/features/privacy/server/column-labels";
import { CUSTOMER_SCOPES, ownerOf } from "@/features/privacy/server/customer-data";
import { DATE_COLUMNS } from "@/features/privacy/server/date-columns";
import {
  PERSONAL_DATA_COLUMNS,
  type PersonalDataModel,
} from "@/features/privacy/server/personal-data-columns";
import { isWithheld } from "@/features/privacy/server/withheld-columns";
import { encryptNationalId } from "@/platform/crypto/national-id";
import { createCustomerEverywhere } from "../support/customer-everywhere";
import {
  createCustomer,
  createMeteringPoint,
  createNorgesprisPeriod,
  createSupplyPeriod,
} from "../support/factories";
import { KARI_NATIONAL_ID } from "../support/movers";

interface CopyTable {
  table: PersonalDataModel;
  columns: Record<string, string>;
  rows: Record<string, unknown>[];
  withheld: { column: string; reason: string }[];
}
interface Copy {
  nationalIdMasked: string | null;
  categories: {
    id: string;
    purposes: unknown[];
    recipients: unknown[];
    retention: unknown[];
    fields: { id: string; tables: CopyTable[] }[];
  }[];
  staffViews: { at: string; role: string; action: string; reason: string | null }[];
  rights: { name: string; article: string; description: string }[];
  complaint: { text: string; authority: string; url: string; article: string };
}

async function jsonCopy(customerId: string): Promise<{ text: string; copy: Copy }> {
  const owner = await ownerOf(customerId);
  if (!owner) throw new Error("no owner");
  let text = "";
  for await (const chunk of accessCopyJson(owner, new Date("2026-03-01T12:00:00Z"))) text += chunk;
  return { text, copy: JSON.parse(text) as Copy };
}

describe("access copy", () => {
  it("P22: holds every column of every table in the column map for a customer with data everywhere, or says why not", async () => {
    const { customerId } = await createCustomerEverywhere();
    const { copy } = await jsonCopy(customerId);
    const tables = copy.categories.flatMap((c) =>
      c.fields.flatMap((f) => f.tables.map((t) => ({ field: f.id, ...t }))),
    );

    // Driven by the column map (itself checked against prisma/schema.prisma), not by a list kept here.
    for (const [fieldId, places] of Object.entries(PERSONAL_DATA_COLUMNS)) {
      for (const place of places) {
        const table = tables.find((t) => t.field === fieldId && t.table === place.model);
        expect(table, `${fieldId} → ${place.model}`).toBeDefined();
        if ("notLinkable" in CUSTOMER_SCOPES[place.model]) continue;
        expect(table?.rows.length, `${fieldId} → ${place.model}: the customer's rows`).toBeGreaterThan(0);
        for (const column of place.fields) {
          const where = `${place.model}.${column}`;
          if (isWithheld(place.model, column)) {
            expect(
              table?.withheld.map((w) => w.column),
              where,
            ).toContain(column);
            expect(
              table?.rows.some((r) => column in r),
              `${where} is withheld`,
            ).toBe(false);
          } else {
            expect(
              table?.rows.some((r) => r[column] !== null && r[column] !== undefined),
              `${where} has a value`,
            ).toBe(true);
            expect(table?.columns[column], `${where} has a Norwegian label`).toBeTruthy();
          }
        }
      }
    }
  });

  it("P22: says for each category why, on which legal basis, to whom and for how long", async () => {
    const { customerId } = await createCustomerEverywhere();
    const { copy } = await jsonCopy(customerId);
    expect(copy.categories.map((c) => c.id)).toEqual(PRIVACY_REGISTER.map((c) => c.id));
    for (const category of copy.categories) {
      expect(category.purposes.length, category.id).toBeGreaterThan(0);
      expect(category.recipients.length, category.id).toBeGreaterThan(0);
      expect(category.retention.length, category.id).toBeGreaterThan(0);
    }
  });

  it("P22: shows the national ID masked and leaves secrets out", async () => {
    const { customerId, identity } = await createCustomerEverywhere();
    const { text, copy } = await jsonCopy(customerId);
    expect(copy.nationalIdMasked).toBe(`${identity.nationalId.slice(0, 6)} *****`);
    expect(text).not.toContain(identity.nationalId);
    expect(text).not.toContain("totp-secret-ciphertext");
    expect(text).not.toMatch(/\$argon2/);
    expect(text).toContain(identity.email);
  });

  it("P22: holds the Norgespris periods of the customer's own supply, not a previous tenant's on the same point", async () => {
    // The copy shows the national ID masked: these two need a real ciphertext.
    const nationalIdCiphertext = encryptNationalId(KARI_NATIONAL_ID);
    const before = await createCustomer({ nationalIdCiphertext });
    const after = await createCustomer({ nationalIdCiphertext });
    const point = await createMeteringPoint(after.id);
    await createSupplyPeriod(before.id, point.id, "2025-06-01", "2026-01-15");
    await createSupplyPeriod(after.id, point.id, "2026-01-15");
    await createNorgesprisPeriod(point.id, "2025-10-01", "2026-01-15");
    await createNorgesprisPeriod(point.id, "2026-02-01");
    const starts = async (customerId: string) => {
      const { copy } = await jsonCopy(customerId);
      const tables = copy.categories.flatMap((c) => c.fields.flatMap((f) => f.tables));
      return new Set(
        tables.filter((t) => t.table === "NorgesprisPeriod").flatMap((t) => t.rows.map((r) => r.fromDate)),
      );
    };
    expect(await starts(after.id)).toEqual(new Set(["2026-02-01"]));
    expect(await starts(before.id)).toEqual(new Set(["2025-10-01"]));
  });

  it("P22: tells the customer which staff roles looked at their data, and when, without naming them", async () => {
    const { customerId, staffUserId } = await createCustomerEverywhere();
    const { text, copy } = await jsonCopy(customerId);
    expect(copy.staffViews).toEqual([
      expect.objectContaining({
        role: "Kundeservice",
        action: "Åpnet kundekortet ditt",
        reason: "Henvendelse fra kunden",
      }),
    ]);
    expect(text).not.toContain(staffUserId);
  });

  it("P22: states the rights to rectification, erasure, restriction and objection, and the right to complain to Datatilsynet", async () => {
    const { customerId } = await createCustomerEverywhere();
    const { copy } = await jsonCopy(customerId);
    const articles = ["16", "17", "18", "21"].map((n) => `personvernforordningen artikkel ${n}`);
    expect(copy.rights.map((right) => right.article)).toEqual(articles);
    for (const right of copy.rights) expect(right.description.length, right.name).toBeGreaterThan(20);
    expect(copy.complaint).toMatchObject({
      authority: "Datatilsynet",
      url: "https://www.datatilsynet.no",
      article: "personvernforordningen artikkel 77",
    });
    const owner = await ownerOf(customerId);
    if (!owner) throw new Error("no owner");
    const report = await accessCopyReport(owner);
    expect(report.rights.map((right) => right.article)).toEqual(articles);
    expect(report.complaint.authority).toBe("Datatilsynet");
  });

  it("writes instants in Oslo time with offset and calendar dates as dates", async () => {
    const { customerId } = await createCustomerEverywhere();
    const { copy } = await jsonCopy(customerId);
    const readings = copy.categories.flatMap((c) => c.fields).find((f) => f.id === "readings")
      ?.tables[0]?.rows;
    expect(readings?.[0]?.intervalStart).toBe("2026-01-01T01:00:00.000+01:00");
    expect(readings?.[0]?.kwh).toBe("1.25");
    const invoice = copy.categories.flatMap((c) => c.fields).find((f) => f.id === "invoices")?.tables[0]
      ?.rows[0];
    expect(invoice?.periodStart).toBe("2026-01-01");
  });

  it("P22: the copy holds the invoices' lines, reminders and payments, with the account a payment came from", async () => {
    const { customerId } = await createCustomerEverywhere();
    const { copy } = await jsonCopy(customerId);
    const field = (id: string) => copy.categories.flatMap((c) => c.fields).find((f) => f.id === id);
    const table = (id: string, label: string) => field(id)?.tables.find((t) => t.table === label);
    expect(table("invoices", "InvoiceLine")?.rows).toEqual([
      expect.objectContaining({ position: 1, description: "Strøm januar 2026", quantity: "1234.5678" }),
      expect.objectContaining({ position: 2, description: "Månedsbeløp" }),
    ]);
    expect(table("invoices", "Reminder")?.rows).toEqual([
      expect.objectContaining({ sequence: 1, feeOre: 3_500, dueDate: "2026-03-21" }),
    ]);
    expect(table("payments", "Payment")?.rows).toEqual([
      expect.objectContaining({ amountOre: 50_000, paidOn: "2026-03-10", payerAccount: "12345678903" }),
    ]);
  });

  it("the readable report walks the same register and shows the same tables", async () => {
    const { customerId } = await createCustomerEverywhere();
    const owner = await ownerOf(customerId);
    if (!owner) throw new Error("no owner");
    const report = await accessCopyReport(owner);
    const { copy } = await jsonCopy(customerId);
    expect(
      report.categories.flatMap((c) =>
        c.fields.flatMap((f) => f.tables.map((t) => `${f.id}:${t.model}:${t.rows.length}`)),
      ),
    ).toEqual(
      copy.categories.flatMap((c) =>
        c.fields.flatMap((f) => f.tables.map((t) => `${f.id}:${t.table}:${t.rows.length}`)),
      ),
    );
  });

  it("knows every calendar-date column of the schema and labels every mapped column", () => {
    const schema = readFileSync(path.join(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
    const dateColumns = [...schema.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)].flatMap(
      ([, model, body = ""]) =>
        [...body.matchAll(/^\s+(\w+)\s+DateTime\??\s.*@db\.Date\b/gm)].map(
          ([, column]) => `${model}.${column}`,
        ),
    );
    expect([...DATE_COLUMNS].sort()).toEqual(dateColumns.sort());
    for (const places of Object.values(PERSONAL_DATA_COLUMNS)) {
      for (const place of places) {
        const labels = COLUMN_LABELS[place.model] as Record<string, string | undefined>;
        for (const column of place.fields) expect(labels[column], `${place.model}.${column}`).toBeTruthy();
      }
    }
  });
});
