// "Angre avtalen" on the contract page: during the withdrawal period what withdrawing does and the form;
// after it, when the period ended. A withdrawn contract says what the withdrawal meant.
import Link from "next/link";
import { WithdrawalForm } from "@/app/min-side/avtale/withdrawal-form";
import { costOfSupplyDays } from "@/features/consumption/server";
import { daysText, withdrawalPeriodFrom } from "@/features/contracts";
import { type ContractView, withdrawalQuote } from "@/features/contracts/server";
import { norwegianDate, WithdrawalCost } from "@/features/contracts/ui";
import { addDays, daysBetween } from "@/platform/time/oslo-calendar";
import { osloDateLong } from "@/platform/time/oslo-time";
import { Card } from "@/ui/card";

const NEW_SUPPLIER =
  "Etterpå må du velge en ny strømleverandør. Til du har gjort det, leverer nettselskapet strøm til deg.";

/** For a current contract: the withdrawal while its period lasts, or the day it ended. */
export async function WithdrawalOffer({
  customerId,
  contract,
  today,
}: {
  customerId: string;
  contract: ContractView;
  today: string;
}) {
  const quote = await withdrawalQuote(customerId, contract.id);
  if (!quote.ok) {
    if (quote.reason !== "period-ended") return null;
    return (
      <p className="mt-4 text-slate-700">
        Angrefristen for avtalen gikk ut {norwegianDate(withdrawalPeriodFrom(contract.concludedOn).lastDay)}.
        Vil du avslutte avtalen, kan du si den opp.
      </p>
    );
  }
  const { period, outcome, cost } = quote;
  const started = contract.startDate <= today;
  return (
    <section aria-labelledby={`angre-${contract.id}`} className="mt-6 rounded-md border border-amber-300 p-4">
      <h3 id={`angre-${contract.id}`} className="mb-2 text-lg font-semibold">
        Angre avtalen
      </h3>
      <p>
        Du har angrerett til og med <strong>{norwegianDate(period.lastDay)}</strong>: 14 dager fra du inngikk
        avtalen {norwegianDate(period.concludedOn)}
        {period.extended ? ", forlenget til første virkedag fordi den 14. dagen er en fridag" : ""}.
      </p>
      {!started && (
        <p className="mt-2">
          Leveringen har ikke startet. Angrer du nå, starter den aldri, og du betaler ingenting.
        </p>
      )}
      {started && !outcome.paysForDaysSupplied && (
        <p className="mt-2">
          Angrer du i dag, slutter avtalen i dag, og du betaler ingenting for strømmen vi har levert.
        </p>
      )}
      {outcome.paysForDaysSupplied && (
        <p className="mt-2">
          Du ba om at leveringen skulle starte før angrefristen var ute. Angrer du i dag, slutter avtalen i
          dag, og du betaler for strømmen vi har levert fra {norwegianDate(contract.startDate)} til og med{" "}
          {norwegianDate(addDays(today, -1))} ({daysText(outcome.daysSupplied)}), beregnet så langt:
        </p>
      )}
      {cost && <WithdrawalCost cost={cost} days={outcome.daysSupplied} />}
      {started && <p className="mt-2">{NEW_SUPPLIER}</p>}
      <p className="mt-2 text-sm text-slate-700">
        Du kan også angre med{" "}
        <Link href="/angreskjema" className="underline">
          angreskjemaet
        </Link>{" "}
        eller en e-post til kundeservice.
      </p>
      <div className="mt-4">
        <WithdrawalForm contractId={contract.id} />
      </div>
    </section>
  );
}

/** For a withdrawn contract: when, and what the customer pays. */
export async function WithdrawnCard({
  customerId,
  contract,
}: {
  customerId: string;
  contract: ContractView;
}) {
  if (!contract.withdrawnAt || contract.endDate === null) return null;
  const days = Math.max(0, daysBetween(contract.startDate, contract.endDate));
  const pays = contract.startDuringWithdrawalPeriod && days > 0;
  const cost = pays
    ? await costOfSupplyDays({
        customerId,
        meteringPointId: contract.meteringPointId,
        from: contract.startDate,
        to: contract.endDate,
      })
    : null;
  return (
    <Card aria-labelledby={`angret-${contract.id}`}>
      <h2 id={`angret-${contract.id}`} className="text-xl font-semibold text-slate-900">
        Du angret avtalen {osloDateLong(contract.withdrawnAt)}
      </h2>
      {days === 0 ? (
        <p className="mt-2">Leveringen startet aldri, og du betaler ingenting.</p>
      ) : pays ? (
        <p className="mt-2">
          Du ba om at leveringen skulle starte før angrefristen var ute, så du betaler for strømmen vi leverte
          fra {norwegianDate(contract.startDate)} til og med {norwegianDate(addDays(contract.endDate, -1))} (
          {daysText(days)}):
        </p>
      ) : (
        <p className="mt-2">Du betaler ingenting for strømmen vi leverte før du angret.</p>
      )}
      {cost && <WithdrawalCost cost={cost} days={days} />}
      {days > 0 && <p className="mt-2">{NEW_SUPPLIER}</p>}
    </Card>
  );
}
