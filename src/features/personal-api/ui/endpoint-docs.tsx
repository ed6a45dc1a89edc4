import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { SCOPE_LINE } from "../domain/document";
import { CodeBlock } from "./code-block";
import { type DocOperation, refName, schemaAnchor, typeText } from "./openapi-shapes";

/** One endpoint as the document describes it: what it gives, its scope, parameters, answers and a curl call. */
export function EndpointDocs({
  path,
  operation,
  curl,
}: {
  path: string;
  operation: DocOperation;
  curl: string;
}) {
  const id = operation.operationId ?? path;
  const parameters = operation.parameters ?? [];
  const ok = operation.responses["200"]?.content?.["application/json"]?.schema?.$ref;
  const scope = operation["x-scope"];
  return (
    <Card aria-labelledby={id} className="space-y-4">
      <h3 id={id} className="text-xl font-semibold text-slate-900">
        <span className="font-mono">GET {path}</span>
        {operation.summary && (
          <span className="block text-base font-normal text-slate-700">{operation.summary}</span>
        )}
      </h3>
      {operation.description
        ?.split("\n\n")
        // The scope has its own line below.
        .filter((paragraph) => !paragraph.startsWith(SCOPE_LINE))
        .map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Tilgang</dt>
        <dd>
          {operation.security?.length === 0
            ? "Åpen: krever ingen nøkkel."
            : scope
              ? `En nøkkel med tilgangen ${scope}.`
              : "Enhver gyldig nøkkel."}
        </dd>
        {ok && (
          <>
            <dt className="font-semibold">Svar</dt>
            <dd>
              <a
                href={`#${schemaAnchor(refName(ok))}`}
                className="text-brand-700 underline hover:no-underline"
              >
                {refName(ok)}
              </a>{" "}
              (JSON)
            </dd>
          </>
        )}
      </dl>
      {parameters.length > 0 && (
        <DataTable
          id={`${id}-parametere`}
          caption="Parametere"
          columns={["Navn", "Type", "Beskrivelse"]}
          minWidthClass="min-w-[36rem]"
        >
          {parameters.map((p) => (
            <tr key={p.name}>
              <RowHeader className="font-mono text-sm font-semibold">{p.name}</RowHeader>
              <Cell className="text-sm">
                {typeText(p.schema)}
                {p.required ? ", påkrevd" : ", valgfri"}
              </Cell>
              <Cell className="text-sm">
                {p.description}
                {p.schema?.example !== undefined && ` Eksempel: ${String(p.schema.example)}`}
              </Cell>
            </tr>
          ))}
        </DataTable>
      )}
      <DataTable
        id={`${id}-svar`}
        caption="Svar og feil"
        columns={["Status", "Betydning"]}
        minWidthClass="min-w-[20rem]"
      >
        {Object.entries(operation.responses).map(([status, response]) => (
          <tr key={status}>
            <RowHeader>{status}</RowHeader>
            <Cell className="text-sm">{response.description}</Cell>
          </tr>
        ))}
      </DataTable>
      <CodeBlock id={`${id}-curl`} label="Eksempel med curl" code={curl} />
    </Card>
  );
}
