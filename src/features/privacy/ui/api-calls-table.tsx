import { osloDateTime } from "@/platform/time/oslo-time";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import type { ApiCallSummary } from "../server/api-call-summary";

/** The access copy's API calls: per token how many, the first and the last (not every call). */
export function ApiCallsTable({ id, calls }: { id: string; calls: ApiCallSummary[] }) {
  if (calls.length === 0) return <p className="mt-2 text-slate-700">Du har ikke brukt noen API-nøkkel.</p>;
  return (
    <DataTable
      id={id}
      caption="Kall med API-nøklene dine, per nøkkel"
      hideCaption
      columns={["Nøkkelens id", "Antall kall", "Første kall", "Siste kall"]}
      minWidthClass="min-w-[36rem]"
    >
      {calls.map((line) => (
        <tr key={line.tokenId}>
          <RowHeader className="font-normal break-all">{line.tokenId}</RowHeader>
          <Cell>{line.calls}</Cell>
          <Cell>{osloDateTime(new Date(line.firstCallAt))}</Cell>
          <Cell>{osloDateTime(new Date(line.lastCallAt))}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
