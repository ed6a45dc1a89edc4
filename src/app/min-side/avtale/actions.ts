"use server";

import { redirect } from "next/navigation";
import { CONTRACT_CHANGE_MAX_DAYS_AHEAD, ZProductChange, ZTermination } from "@/domain/contract";
import { requireCustomer } from "@/server/auth/guards";
import { formAction } from "@/server/form-action";
import { changeProduct, terminateContract } from "@/server/services/contracts";

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
