"use server";

import { revalidatePath } from "next/cache";
import { EMAIL_MAX_LENGTH } from "@/domain/credentials";
import { ZSecondFactorReset } from "@/domain/second-factor";
import { requireStaff } from "@/server/auth/guards";
import { formAction } from "@/server/form-action";
import { resetSecondFactor } from "@/server/services/second-factor";

const NOT_RESET = "Ingenting ble nullstilt.";

export const resetSecondFactorAction = formAction({
  event: "second-factor.reset",
  guard: () => requireStaff("ADMIN"),
  schema: ZSecondFactorReset,
  echo: { email: EMAIL_MAX_LENGTH },
  run: (input, admin) => resetSecondFactor(admin, input.email),
  failures: {
    "no-account": {
      field: "email",
      message: "Fant ingen bruker med denne e-postadressen.",
      formError: NOT_RESET,
    },
    "own-account": {
      field: "email",
      message: "Du kan ikke nullstille din egen totrinnsinnlogging. Be en annen administrator om det.",
      formError: NOT_RESET,
    },
    "not-set-up": {
      field: "email",
      message: "Denne brukeren har ikke satt opp totrinnsinnlogging.",
      formError: NOT_RESET,
    },
  },
  done: ({ sessionsRevoked }, input) => {
    revalidatePath("/admin/ansatte");
    const sessions = sessionsRevoked === 1 ? "1 innlogget økt" : `${sessionsRevoked} innloggede økter`;
    return {
      ok: true,
      message: `Totrinnsinnloggingen til ${input.email} er nullstilt, og ${sessions} er logget ut. Ansatte setter opp appen på nytt neste gang de logger inn.`,
    };
  },
});
