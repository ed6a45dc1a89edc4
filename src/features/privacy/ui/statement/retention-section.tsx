import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { PRIVACY_REGISTER } from "../../domain/register";
import { Section } from "./section";

export function RetentionSection() {
  return (
    <Section id="sletting">
      <p>
        Vi oppbevarer ikke personopplysningene dine lenger enn det som er nødvendig for formålet de ble samlet
        inn for. Etter at kundeforholdet er avsluttet, lagrer vi bare de opplysningene, og bare så lenge, som
        loven krever, for eksempel bokførings- og skattelovgivningen. Opplysninger vi må beholde, brukes ikke
        til noe annet.
      </p>
      {PRIVACY_REGISTER.map((category) => (
        <DataTable
          key={category.id}
          id={`lagring-${category.id}`}
          caption={category.name}
          columns={["Opplysninger", "Hvor lenge og hvorfor"]}
          minWidthClass="min-w-[32rem]"
        >
          {category.retention.map((entry) => (
            <tr key={entry.fields.join()}>
              <RowHeader className="font-normal">
                {entry.fields
                  .map((fieldId) => category.fields.find((f) => f.id === fieldId)?.label)
                  .filter(Boolean)
                  .join("; ")}
              </RowHeader>
              <Cell>{entry.explanation}</Cell>
            </tr>
          ))}
        </DataTable>
      ))}
    </Section>
  );
}
