import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PRIVACY_REGISTER } from "@/features/privacy/domain/register";
import {
  NON_PERSONAL_MODELS,
  PERSONAL_DATA_COLUMNS,
  TECHNICAL_COLUMNS,
} from "@/features/privacy/server/personal-data-columns";
import { Prisma } from "@/generated/prisma/browser";

const SCHEMA = path.join(import.meta.dirname, "../../prisma/schema.prisma");

/**
 * Each model's scalar columns, read from the schema itself so the check also holds before the
 * client is generated again. A field whose type is another model is a relation, not a column.
 */
function readSchemaColumns(): Map<string, string[]> {
  const blocks = [...readFileSync(SCHEMA, "utf8").matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)].map(
    ([, name = "", body = ""]) => ({ name, body }),
  );
  const models = new Set(blocks.map((block) => block.name));
  return new Map(
    blocks.map(({ name, body }) => [
      name,
      body
        .split("\n")
        .map((line) => line.trim().split(/\s+/))
        .filter(
          ([field = "", type = ""]) => /^\w/.test(field) && type && !models.has(type.replace(/[?[\]]/g, "")),
        )
        .map(([field = ""]) => field),
    ]),
  );
}

const schema = readSchemaColumns();

/** "Model.column" → the data fields mapped to it. */
const mappedTo = new Map<string, string[]>();
for (const [fieldId, places] of Object.entries(PERSONAL_DATA_COLUMNS)) {
  for (const place of places) {
    for (const column of place.fields) {
      const key = `${place.model}.${column}`;
      mappedTo.set(key, [...(mappedTo.get(key) ?? []), fieldId]);
    }
  }
}
const mappedModels = new Set(
  Object.values(PERSONAL_DATA_COLUMNS).flatMap((places) => places.map((p) => p.model)),
);
const personalModels: ReadonlySet<string> = mappedModels;

describe("personal data columns", () => {
  it("reads the same models and columns from schema.prisma as the generated client has", () => {
    const generated = Prisma as unknown as Record<string, Record<string, string> | undefined>;
    expect([...schema.keys()].sort()).toEqual(Object.values(Prisma.ModelName).sort());
    for (const [model, columns] of schema) {
      expect(columns, model).toEqual(Object.values(generated[`${model}ScalarFieldEnum`] ?? {}));
    }
  });

  it("maps every field of the register, and only those, to columns or to a place outside the database", () => {
    expect(Object.keys(PERSONAL_DATA_COLUMNS).sort()).toEqual(
      PRIVACY_REGISTER.flatMap((c) => c.fields.map((f) => f.id)).sort(),
    );
    for (const field of PRIVACY_REGISTER.flatMap((c) => c.fields)) {
      const inDatabase = PERSONAL_DATA_COLUMNS[field.id].length > 0;
      expect(inDatabase, `${field.id}: columns or storedElsewhere, not both`).toBe(!field.storedElsewhere);
    }
  });

  it("maps only columns that exist, each to one field", () => {
    for (const [column, fieldIds] of mappedTo) {
      const [model = "", name = ""] = column.split(".");
      expect(schema.get(model), column).toContain(name);
      expect(fieldIds, column).toHaveLength(1);
    }
  });

  it("holds every model to be either personal (mapped) or non-personal with a reason", () => {
    const nonPersonal = new Map<string, string | undefined>(Object.entries(NON_PERSONAL_MODELS));
    for (const model of schema.keys()) {
      expect(personalModels.has(model) !== nonPersonal.has(model), `${model}: mapped or non-personal`).toBe(
        true,
      );
    }
    for (const [model, reason] of nonPersonal) {
      expect(schema.has(model), model).toBe(true);
      expect(reason, model).toBeTruthy();
    }
  });

  it("accounts for every column of a personal-data model: mapped to a field or technical, never both", () => {
    for (const model of mappedModels) {
      const technical: Record<string, string | undefined> = TECHNICAL_COLUMNS[model] ?? {};
      const columns = schema.get(model) ?? [];
      const unaccounted = columns.filter((c) => !mappedTo.has(`${model}.${c}`) && !technical[c]);
      expect(unaccounted, `${model}: columns neither mapped to a field nor listed as technical`).toEqual([]);
      const both = columns.filter((c) => mappedTo.has(`${model}.${c}`) && technical[c]);
      expect(both, `${model}: columns both mapped and technical`).toEqual([]);
      for (const column of Object.keys(technical)) expect(columns, `${model}.${column}`).toContain(column);
    }
    for (const model of Object.keys(TECHNICAL_COLUMNS)) expect(personalModels.has(model), model).toBe(true);
  });
});
