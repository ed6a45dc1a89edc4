import type { Metadata } from "next";
import { ResetSecondFactorForm } from "@/app/admin/ansatte/reset-form";
import { CreateStaffForm, StaffStatusForm } from "@/app/admin/ansatte/staff-forms";
import { enabledOnText } from "@/features/second-factor";
import { requireStaff } from "@/features/sign-in/routes";
import { listStaff } from "@/features/staff/server";
import { ROLE_LABELS } from "@/platform/format/labels";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";

export const metadata: Metadata = { title: "Ansatte" };

/** Administrators only: who has access to /admin, their app, adding and deactivating staff, the reset. */
export default async function StaffPage() {
  const admin = await requireStaff("ADMIN");
  const staff = await listStaff(admin);

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Ansatte og totrinnsinnlogging</h1>
      <Card aria-labelledby="ansatte-tittel">
        <h2 id="ansatte-tittel" className="mb-4 text-xl font-semibold text-slate-900">
          Ansatte
        </h2>
        <p className="mb-4 text-slate-700">
          En deaktivert ansatt logges ut straks og kan ikke logge inn før en administrator aktiverer kontoen
          igjen. Endringene føres i revisjonsloggen.
        </p>
        <DataTable
          id="ansatte"
          caption="Ansatte med tilgang til kundeservice"
          hideCaption
          columns={["Navn", "E-post", "Rolle", "Totrinnsinnlogging", "Status", "Handling"]}
          minWidthClass="min-w-[52rem]"
        >
          {staff.map((member) => (
            <tr key={member.id}>
              <RowHeader className="font-medium">{member.displayName ?? "Uten navn"}</RowHeader>
              <Cell className="break-all">{member.email}</Cell>
              <Cell>{ROLE_LABELS[member.role]}</Cell>
              <Cell>
                {member.secondFactorEnabledAt
                  ? `Satt opp ${enabledOnText(member.secondFactorEnabledAt)}`
                  : "Ikke satt opp ennå"}
              </Cell>
              <Cell>{member.deactivatedAt ? "Deaktivert" : "Aktiv"}</Cell>
              <Cell>
                {member.id === admin.userId ? (
                  "Deg"
                ) : (
                  <StaffStatusForm userId={member.id} deactivated={member.deactivatedAt !== null} />
                )}
              </Cell>
            </tr>
          ))}
        </DataTable>
      </Card>
      <Card aria-labelledby="ny-ansatt-tittel">
        <h2 id="ny-ansatt-tittel" className="text-xl font-semibold text-slate-900">
          Legg til ansatt
        </h2>
        <p className="mt-2 mb-4 text-slate-700">
          Den ansatte får en e-post med en lenke for å lage passord, og setter opp totrinnsinnlogging første
          gang hen logger inn.
        </p>
        <CreateStaffForm />
      </Card>
      <Card aria-labelledby="nullstill-tittel">
        <h2 id="nullstill-tittel" className="text-xl font-semibold text-slate-900">
          Nullstill totrinnsinnlogging
        </h2>
        <p className="mt-2 mb-4 text-slate-700">
          For en ansatt eller kunde som har mistet både telefonen og gjenopprettingskodene. Bekreft først hvem
          du snakker med, på en annen måte enn e-post. Appen og kodene slettes, og personen logges ut overalt.
          Ansatte setter opp appen på nytt ved neste innlogging; kunder logger inn med bare passord til de
          slår det på igjen. Nullstillingen føres i revisjonsloggen.
        </p>
        <ResetSecondFactorForm />
      </Card>
    </div>
  );
}
