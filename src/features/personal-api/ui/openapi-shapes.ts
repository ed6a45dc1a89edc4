// The parts of the OpenAPI document the docs page reads, typed as loosely as the document is written.

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  example?: unknown;
  enum?: unknown[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

export interface DocParameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

export interface DocOperation {
  operationId?: string;
  summary?: string;
  description?: string;
  "x-scope"?: string | null;
  security?: Record<string, string[]>[];
  parameters?: DocParameter[];
  responses: Record<string, { description: string; content?: Record<string, { schema?: JsonSchema }> }>;
}

export type Schemas = Record<string, JsonSchema>;

/** A component's name from its reference ("#/components/schemas/Problem" → "Problem"). */
export const refName = (ref: string) => ref.replace("#/components/schemas/", "");

/** The id of a schema's section on the page. */
export const schemaAnchor = (name: string) => `skjema-${name}`;

/** A schema's type in Norwegian words, with referenced schemas by name. */
export function typeText(schema: JsonSchema | undefined): string {
  if (!schema) return "valgfritt";
  if (schema.$ref) return refName(schema.$ref);
  if (schema.anyOf) return schema.anyOf.map(typeText).join(" eller ");
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.map((type) => single(type, schema)).join(" eller ");
}

function single(type: string | undefined, schema: JsonSchema): string {
  if (type === "array") return `liste av ${typeText(schema.items)}`;
  if (type === "integer") return "heltall";
  if (type === "number") return "tall";
  if (type === "boolean") return "sann/usann";
  if (type === "null") return "null";
  if (type === "object") return "objekt";
  if (type === "string" && schema.format === "date-time") return "tidspunkt (ISO 8601)";
  if (type === "string" && schema.format === "date") return "dato (ÅÅÅÅ-MM-DD)";
  if (type === "string" && schema.format === "uuid") return "id (UUID)";
  return "tekst";
}

/** Every schema a schema refers to, directly or inside its fields. */
export function referencedNames(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  if (schema.$ref) return [refName(schema.$ref)];
  return [
    ...(schema.anyOf ?? []).flatMap(referencedNames),
    ...referencedNames(schema.items),
    ...Object.values(schema.properties ?? {}).flatMap(referencedNames),
  ];
}
