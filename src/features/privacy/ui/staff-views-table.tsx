import { osloDateTime } from "@/platform/time/oslo-time";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import type { StaffView } from "../server/staff-views";

/** "Hvem har sett på mine opplysninger": staff look-ups of the customer, by role and time. */
export function StaffViewsTable({ id, views }: { id: string; views: StaffView[] }) {
  if (views.length === 0)
    return <p className="mt-2 text-slate-700">Ingen ansatte har sett på opplysningene dine.</p>;
  return (
    <DataTable
      id={id}
      caption="Ansattes oppslag, det nyeste først"
      hideCaption
      columns={["Tidspunkt", "Rolle", "Hva", "Begrunnelse"]}
      minWidthClass="min-w-[36rem]"
    >
      {views.map((view) => (
        <tr key={view.id}>
          <RowHeader className="font-normal">{osloDateTime(new Date(view.at))}</RowHeader>
          <Cell>{view.role}</Cell>
          <Cell>{view.action}</Cell>
          <Cell>{view.reason ?? "–"}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
