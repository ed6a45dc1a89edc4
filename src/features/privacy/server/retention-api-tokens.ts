import "server-only";
// The retention job's step for the personal data API's tokens (the register's "api" category).
import { deleteClosedApiTokens } from "@/features/api-tokens/server";
import { type RetentionStep, required } from "./retention-step";

export const API_TOKEN_STEPS: readonly RetentionStep[] = [
  {
    name: "closed-api-tokens",
    fields: ["api-tokens"],
    description:
      "API-nøkler trukket tilbake eller utløpt for lenge siden, og nøklene til kunder uten brukerkonto",
    run: (tx, cutoff) => deleteClosedApiTokens(tx, required(cutoff)),
  },
];
