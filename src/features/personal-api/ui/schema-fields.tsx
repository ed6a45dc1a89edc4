import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { type JsonSchema, refName, schemaAnchor, typeText } from "./openapi-shapes";

interface FieldRow {
  name: string;
  schema: JsonSchema;
  required: boolean;
}

/** An object's fields, an inline object's fields after it with dotted names ("meteringPoint.gsrn"). */
function fieldRows(schema: JsonSchema, prefix = ""): FieldRow[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const row = {
      name: `${prefix}${name}`,
      schema: field,
      required: schema.required?.includes(name) ?? false,
    };
    return field.properties ? [row, ...fieldRows(field, `${row.name}.`)] : [row];
  });
}

/** The first referenced schema in a type, for the link to its section. */
function linkedRef(schema: JsonSchema): string | null {
  const ref = schema.$ref ?? schema.items?.$ref ?? schema.anyOf?.find((s) => s.$ref)?.$ref;
  return ref ? refName(ref) : null;
}

export function SchemaFields({ name, schema }: { name: string; schema: JsonSchema }) {
  const rows = fieldRows(schema);
  return (
    <section aria-labelledby={schemaAnchor(name)} className="space-y-3">
      <h3 id={schemaAnchor(name)} className="text-xl font-semibold text-slate-900">
        {name}
      </h3>
      {schema.description && <p>{schema.description}</p>}
      {rows.length === 0 ? (
        <p>Verdi: {typeText(schema)}.</p>
      ) : (
        <DataTable
          id={`${schemaAnchor(name)}-felt`}
          caption={`Feltene i ${name}`}
          hideCaption
          columns={["Felt", "Type", "Beskrivelse"]}
          minWidthClass="min-w-[36rem]"
        >
          {rows.map((row) => {
            const linked = linkedRef(row.schema);
            return (
              <tr key={row.name}>
                <RowHeader className="font-mono text-sm font-semibold">{row.name}</RowHeader>
                <Cell className="text-sm">
                  {linked ? (
                    <a
                      href={`#${schemaAnchor(linked)}`}
                      className="text-brand-700 underline hover:no-underline"
                    >
                      {typeText(row.schema)}
                    </a>
                  ) : (
                    typeText(row.schema)
                  )}
                  {row.required ? "" : " (kan mangle)"}
                </Cell>
                <Cell className="text-sm">{row.schema.description ?? ""}</Cell>
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
