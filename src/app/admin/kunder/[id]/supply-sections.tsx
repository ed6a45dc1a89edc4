import type { CustomerView } from "@/features/customers/server";
import { kwhText } from "@/platform/format/display";
import { CONTRACT_PRODUCT_LABELS, CONTRACT_STATUS_LABELS } from "@/platform/format/labels";
import { Cell, RowHeader } from "@/ui/data-table";
import { DigitGroups } from "@/ui/digit-groups";
import { CalendarDate, InstantText } from "@/ui/time-text";
import { Listed, Section, SupplyText } from "./card-parts";

export function ContractsSection({ contracts }: { contracts: CustomerView["contracts"] }) {
  return (
    <Section id="avtaler" title="Avtaler">
      <Listed
        items={contracts}
        empty="Ingen avtaler."
        caption="Avtaler"
        columns={["Produkt", "Status", "Start", "Slutt", "Målepunkt-ID"]}
      >
        {(contract) => (
          <tr key={contract.id}>
            <RowHeader>{CONTRACT_PRODUCT_LABELS[contract.product]}</RowHeader>
            <Cell>
              {CONTRACT_STATUS_LABELS[contract.status]}
              {contract.withdrawnAt && (
                <>
                  {" "}
                  (angret <InstantText at={contract.withdrawnAt} />)
                </>
              )}
            </Cell>
            <Cell>
              <CalendarDate date={contract.startDate} />
            </Cell>
            <Cell>{contract.endDate ? <CalendarDate date={contract.endDate} /> : "–"}</Cell>
            <Cell>
              <DigitGroups value={contract.gsrn} />
            </Cell>
          </tr>
        )}
      </Listed>
    </Section>
  );
}

export function MeteringPointsSection({ points }: { points: CustomerView["meteringPoints"] }) {
  return (
    <Section id="malepunkter" title="Målepunkter og forbruk">
      <Listed
        items={points}
        empty="Ingen målepunkter."
        caption="Målepunkter kunden har eller har hatt levering på, med forbruket i leveringstiden siste 30 og 365 dager"
        columns={[
          "Målepunkt-ID",
          "Målernummer",
          "Adresse",
          "Område",
          "Levering",
          "Siste 30 dager",
          "Siste 365 dager",
          "Siste måling",
        ]}
      >
        {(point) => (
          <tr key={point.id}>
            <RowHeader>
              <DigitGroups value={point.gsrn} />
            </RowHeader>
            <Cell className="font-mono">{point.meterNumber}</Cell>
            <Cell>{point.address}</Cell>
            <Cell>{point.priceArea}</Cell>
            <Cell>
              <SupplyText supplied={point.supplied} />
            </Cell>
            <Cell className="tabular-nums">{kwhText(String(point.kwhLast30Days), 0)}</Cell>
            <Cell className="tabular-nums">{kwhText(String(point.kwhLast365Days), 0)}</Cell>
            <Cell>{point.lastReadingAt ? <InstantText at={point.lastReadingAt} /> : "Ingen"}</Cell>
          </tr>
        )}
      </Listed>
    </Section>
  );
}
