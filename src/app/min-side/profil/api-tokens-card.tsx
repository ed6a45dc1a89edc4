import Link from "next/link";
import { API_RATE_LIMIT, API_TOKEN_STATUS_LABELS, MAX_ACTIVE_API_TOKENS } from "@/features/api-tokens";
import type { ApiTokenSummary } from "@/features/api-tokens/server";
import { API_SCOPE_LABELS } from "@/platform/format/labels";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";
import { InstantText } from "@/ui/time-text";
import { CreateApiTokenForm, RevokeApiTokenForm } from "./api-token-forms";

const STATUS_TONE = { active: "success", revoked: "neutral", expired: "warning" } as const;

/** Profil's "API-nøkler": the customer's personal tokens for their own data, made, listed and revoked here. */
export function ApiTokensCard({
  tokens,
  stepUpNeeded,
}: {
  tokens: ApiTokenSummary[];
  stepUpNeeded: boolean;
}) {
  return (
    <Card aria-labelledby="api-nokler">
      <h2 id="api-nokler" className="text-xl font-semibold text-slate-900">
        API-nøkler
      </h2>
      <p className="mt-2 text-slate-700">
        Med en personlig API-nøkkel kan et skript eller et hjemmeautomasjonssystem hente dine egne data fra
        oss: forbruk, spotpriser, avtalen og fakturaene. Nøkkelen kan bare lese, og bare det du velger. Du kan
        ha {MAX_ACTIVE_API_TOKENS} aktive nøkler, og hver kan brukes {API_RATE_LIMIT.limit} ganger i minuttet.
        Se{" "}
        <Link href="/api/v1/docs" className="font-medium text-brand-800 underline">
          dokumentasjonen av API-et
        </Link>
        .
      </p>
      {stepUpNeeded && (
        <p className="mt-2 text-slate-700">
          En nøkkel gir tilgang til opplysningene dine, så før du lager en, må du bekrefte at det er deg
          (øverst på siden).
        </p>
      )}
      <div className="mt-4 max-w-xl">
        <CreateApiTokenForm />
      </div>
      <h3 className="mt-6 text-lg font-semibold text-slate-900">Dine nøkler</h3>
      {tokens.length === 0 ? (
        <p className="mt-2 text-slate-700">Du har ingen API-nøkler.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200" aria-label="Dine API-nøkler">
          {tokens.map((token) => (
            <TokenRow key={token.id} token={token} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function TokenRow({ token }: { token: ApiTokenSummary }) {
  return (
    <li className="flex flex-col gap-1 py-3">
      <p className="font-medium break-words">
        {token.name} <code className="font-mono text-sm text-slate-700">{token.prefix}…</code>{" "}
        {/* Announced when a revocation re-renders the row: the button that was pressed is gone by then. */}
        <span aria-live="polite">
          <Badge tone={STATUS_TONE[token.status]}>{API_TOKEN_STATUS_LABELS[token.status]}</Badge>
        </span>
      </p>
      <p className="text-sm text-slate-700">
        Kan lese: {token.scopes.map((scope) => API_SCOPE_LABELS[scope]).join(", ")}.
      </p>
      <p className="text-sm text-slate-700">
        Laget <InstantText at={token.createdAt} />.{" "}
        {token.revokedAt ? (
          <>
            Trukket tilbake <InstantText at={token.revokedAt} />.
          </>
        ) : (
          <>
            {token.status === "expired" ? "Utløp" : "Utløper"} <InstantText at={token.expiresAt} />.
          </>
        )}{" "}
        {token.lastUsedAt ? (
          <>
            Sist brukt <InstantText at={token.lastUsedAt} />.
          </>
        ) : (
          "Aldri brukt."
        )}
      </p>
      {token.status === "active" && (
        <div className="mt-1">
          <RevokeApiTokenForm tokenId={token.id} name={token.name} />
        </div>
      )}
    </li>
  );
}
