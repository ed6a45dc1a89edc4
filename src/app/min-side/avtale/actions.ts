"use server";

import { redirect } from "next/navigation";
import {
  CONTRACT_CHANGE_MAX_DAYS_AHEAD,
  MOVE_HOUSE_NUMBER_MAX_LENGTH,
  MOVE_MAX_DAYS_AHEAD,
  MOVE_MAX_DAYS_BACK,
  MOVE_METER_NUMBER_MAX_LENGTH,
  MOVE_STREET_MAX_LENGTH,
  type TMoveSearch,
  ZMoveConfirm,
  ZMoveSearch,
  ZProductChange,
  ZTermination,
  ZWithdrawal,
} from "@/features/contracts";
import {
  changeProduct,
  confirmMove,
  findMoveTarget,
  type MoveTarget,
  type MoveTerms,
  terminateContract,
  withdrawContract,
} from "@/features/contracts/server";
import { requireCustomer } from "@/features/sign-in/routes";
import { formAction } from "@/platform/form-action";
import type { FormState } from "@/platform/form-state";

const PATH = "/min-side/avtale";
const NOT_CHANGED = "Avtalen ble ikke endret.";
const FAILURES = {
  "not-found": "Vi fant ikke avtalen. Last siden på nytt.",
  "not-current": "Avtalen er allerede avsluttet.",
  "change-scheduled": "Avtalen har allerede en planlagt endring. Kontakt oss hvis du vil endre den.",
  "date-out-of-range": {
    field: "date",
    message: `Velg en dato fra i morgen og høyst ${CONTRACT_CHANGE_MAX_DAYS_AHEAD} dager fram, etter at avtalen startet.`,
    formError: NOT_CHANGED,
  },
} as const;

export const changeProductAction = formAction({
  event: "contract.product-change",
  guard: () => requireCustomer(PATH),
  schema: ZProductChange,
  echo: { fromDate: 10, product: 5 },
  run: (input, session) => changeProduct(session, input),
  failures: {
    ...FAILURES,
    "date-out-of-range": { ...FAILURES["date-out-of-range"], field: "fromDate" },
    "same-product": { field: "product", message: "Du har allerede dette produktet.", formError: NOT_CHANGED },
  },
  done: () => redirect(`${PATH}?melding=produktbytte`),
});

export const terminateAction = formAction({
  event: "contract.terminate",
  guard: () => requireCustomer(PATH),
  schema: ZTermination,
  echo: { endDate: 10 },
  run: (input, session) => terminateContract(session, input),
  failures: {
    ...FAILURES,
    "date-out-of-range": { ...FAILURES["date-out-of-range"], field: "endDate" },
    "same-product": NOT_CHANGED,
  },
  done: () => redirect(`${PATH}?melding=oppsagt`),
});

export const withdrawAction = formAction({
  event: "contract.withdraw",
  guard: () => requireCustomer(PATH),
  schema: ZWithdrawal,
  run: (input, session) => withdrawContract(session, input),
  failures: {
    "not-found": FAILURES["not-found"],
    "not-current": FAILURES["not-current"],
    "already-withdrawn": "Du har allerede angret denne avtalen.",
    "period-ended": "Angrefristen er ute, så avtalen kan ikke angres lenger. Du kan si opp avtalen i stedet.",
    "not-withdrawable":
      "Et produktbytte eller en flytting angrer du ikke her. Kontakt kundeservice, så hjelper vi deg.",
    "change-scheduled": "Avtalen har en planlagt endring. Kontakt kundeservice hvis du vil angre den.",
  },
  done: () => redirect(`${PATH}?melding=angret`),
});

const MOVE_NOT_REGISTERED =
  "Flyttingen er ikke registrert. Adressen står i skjemaet, så du kan rette den og prøve igjen.";
const MOVE_FAILURES = {
  ...FAILURES,
  "date-out-of-range": {
    field: "moveDate",
    message: `Velg en flyttedato fra ${MOVE_MAX_DAYS_BACK} dager tilbake til ${MOVE_MAX_DAYS_AHEAD} dager fram, etter at avtalen startet.`,
    formError: MOVE_NOT_REGISTERED,
  },
  "same-address": {
    field: "streetName",
    message: "Dette er adressen du har strøm på i dag. Skriv adressen du flytter til.",
    formError: MOVE_NOT_REGISTERED,
  },
  "same-metering-point":
    "Elhub fant bare målepunktet du allerede har strøm på. Sjekk adressen eller målernummeret.",
  "elhub-not-found":
    "Elhub fant ikke noe målepunkt på adressen. Sjekk gatenavn, husnummer og postnummer, eller skriv målernummeret som står på måleren.",
  "elhub-unavailable":
    "Vi får ikke svar fra Elhub akkurat nå. Ingenting er endret, og adressen står i skjemaet: prøv igjen om litt.",
  "blocked-for-switching":
    "Målepunktet på adressen er sperret for leverandørbytte i Elhub, så vi kan ikke registrere flyttingen nå. Kontakt kundeservice, så hjelper vi deg.",
  disconnected:
    "Målepunktet på adressen er koblet fra strømnettet. Kontakt nettselskapet for å få det tilkoblet, og meld flyttingen etterpå.",
  // Not who: whether someone at an address is our customer is theirs to tell.
  "metering-point-taken":
    "Målepunktet på adressen kan ikke overtas fra denne flyttedatoen. Kontakt kundeservice, så hjelper vi deg.",
  "too-many-searches":
    "Du har søkt etter mange adresser den siste timen. Vent litt før du søker igjen, eller kontakt kundeservice.",
} as const;

const MOVE_ECHO = {
  moveDate: 10,
  streetName: MOVE_STREET_MAX_LENGTH,
  houseNumber: MOVE_HOUSE_NUMBER_MAX_LENGTH,
  postalCode: 10,
  meterNumber: MOVE_METER_NUMBER_MAX_LENGTH,
};

/** What the search found, and the search itself: the confirm form posts it again, and Elhub is asked anew. */
export interface MoveFound {
  targets: MoveTarget[];
  terms: MoveTerms;
  query: TMoveSearch;
}

export const findMoveAction = formAction({
  event: "contract.move-search",
  guard: () => requireCustomer(PATH),
  schema: ZMoveSearch,
  echo: MOVE_ECHO,
  run: (input, session) => findMoveTarget(session, input),
  failures: MOVE_FAILURES,
  done: (result, input): FormState<MoveFound> => ({
    ok: true,
    message: "Vi fant målepunktet på den nye adressen. Se over og bekreft under.",
    targets: result.targets,
    terms: result.terms,
    query: input,
  }),
});

export const confirmMoveAction = formAction({
  event: "contract.move",
  guard: () => requireCustomer(PATH),
  schema: ZMoveConfirm,
  echo: { ...MOVE_ECHO, gsrn: 18 },
  run: (input, session) => confirmMove(session, input),
  failures: MOVE_FAILURES,
  done: () => redirect(`${PATH}?melding=flytting`),
});
