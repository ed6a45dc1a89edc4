import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { Cell, DataTable, RowHeader } from "@/components/ui/data-table";
import { enabledOnText } from "@/domain/second-factor";
import { requireStaff } from "@/server/auth/guards";
import { listStaffSecondFactors } from "@/server/services/second-factor";
import { ResetSecondFactorForm } from "./reset-form";

export const metadata: Metadata = { title: "Ansatte" };

const ROLE_NAMES = { SUPPORT: "Kundeservice", ADMIN: "Administrator" } as const;

/** Administrators only: who has access to /admin, whether their app is set up, and the reset. */
export default async function StaffPage() {
  const admin = await requireStaff("ADMIN");
  const staff = await listStaffSecondFactors(admin);

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Ansatte og totrinnsinnlogging</h1>
      <Card aria-labelledby="ansatte-tittel">
        <h2 id="ansatte-tittel" className="mb-4 text-xl font-semibold text-slate-900">
          Ansatte
        </h2>
        <DataTable
          id="ansatte"
          caption="Ansatte med tilgang til kundeservice"
          hideCaption
          columns={["E-post", "Rolle", "Totrinnsinnlogging"]}
          minWidthClass="min-w-[32rem]"
        >
          {staff.map((member) => (
            <tr key={member.email}>
              <RowHeader className="font-medium break-all">{member.email}</RowHeader>
              <Cell>{ROLE_NAMES[member.role]}</Cell>
              <Cell>
                {member.enabledAt ? `Satt opp ${enabledOnText(member.enabledAt)}` : "Ikke satt opp ennå"}
              </Cell>
            </tr>
          ))}
        </DataTable>
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
