import Link from "next/link";
import { deadlineText, OPEN_STATUSES } from "@/features/privacy";
import { effectiveDueAt, type listOwnPrivacyRequests } from "@/features/privacy/server";
import { PRIVACY_REQUEST_STATUS_LABELS, PRIVACY_REQUEST_TYPE_LABELS } from "@/platform/format/labels";
import { osloDateTime } from "@/platform/time/oslo-time";
import { Badge } from "@/ui/badge";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { SectionCard } from "./section-card";

type OwnRequests = Awaited<ReturnType<typeof listOwnPrivacyRequests>>;

/** The customer's requests, each with its status and, while open, the day the answer is owed. */
export function RequestsCard({ requests }: { requests: OwnRequests }) {
  return (
    <SectionCard id="foresporsler" title="Forespørslene dine">
      {requests.length === 0 ? (
        <p className="mt-2 text-slate-700">Du har ikke sendt noen forespørsler om personvern.</p>
      ) : (
        <div className="mt-4">
          <DataTable
            id="foresporsler-tabell"
            caption="Forespørslene dine, den nyeste først"
            hideCaption
            columns={["Forespørsel", "Mottatt", "Status", "Svar senest"]}
            minWidthClass="min-w-[36rem]"
          >
            {requests.map((request) => {
              const open = (OPEN_STATUSES as readonly string[]).includes(request.status);
              return (
                <tr key={request.id}>
                  <RowHeader>
                    <Link
                      href={`/min-side/personvern/foresporsler/${request.id}`}
                      className="text-brand-700 underline"
                    >
                      {PRIVACY_REQUEST_TYPE_LABELS[request.type]}
                    </Link>
                  </RowHeader>
                  <Cell>{osloDateTime(request.receivedAt)}</Cell>
                  <Cell>
                    <Badge tone={open ? "warning" : "success"}>
                      {PRIVACY_REQUEST_STATUS_LABELS[request.status]}
                    </Badge>
                  </Cell>
                  <Cell>{open ? deadlineText(effectiveDueAt(request)) : "–"}</Cell>
                </tr>
              );
            })}
          </DataTable>
        </div>
      )}
    </SectionCard>
  );
}
