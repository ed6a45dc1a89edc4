import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { RECIPIENT_ROLE_NAMES, RECIPIENTS } from "../../domain/vocabulary";
import { Section } from "./section";

export function SharingSection() {
  return (
    <Section id="deling">
      <p>
        Vi deler personopplysningene dine bare når det trengs for å levere strøm til deg, når loven krever
        det, eller når du har samtykket. Databehandlerne våre arbeider på oppdrag fra oss, og vi har avtaler
        som sikrer at de ikke bruker opplysningene til noe annet enn tjenesten de leverer oss.
      </p>
      <DataTable
        id="mottakere"
        caption="Hvem vi deler med eller henter fra"
        columns={["Mottaker", "Rolle", "Hva og hvorfor", "Hvor"]}
        minWidthClass="min-w-[40rem]"
      >
        {Object.entries(RECIPIENTS).map(([id, recipient]) => (
          <tr key={id}>
            <RowHeader>{recipient.name}</RowHeader>
            <Cell>{RECIPIENT_ROLE_NAMES[recipient.role]}</Cell>
            <Cell>{recipient.description}</Cell>
            <Cell>{recipient.location}</Cell>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
