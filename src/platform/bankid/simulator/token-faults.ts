import "server-only";
// Faults in the ID token, for tests only (`allowTokenFaults`): chosen on the page for one sign-in,
// kept by that sign-in's grant, and applied to the ID token of that grant's code exchange alone, so
// tests running side by side never get each other's fault. Each is what a client must refuse: a
// payload changed after signing, or a token properly signed with the provider's own key but naming
// another issuer, another client, a time long past, or another nonce.
import { type KeyObject, randomBytes, sign } from "node:crypto";
import type { Middleware } from "oidc-provider";
import { NAMED_PEOPLE } from "@/platform/registries/simulator/people";
import { NATIONAL_ID_CLAIM } from "../claims";

export const TOKEN_FAULTS = [
  "bad-signature",
  "wrong-issuer",
  "wrong-audience",
  "expired",
  "wrong-nonce",
] as const;
export type TokenFault = (typeof TOKEN_FAULTS)[number];

export const TOKEN_FAULT_LABELS: Record<TokenFault, string> = {
  "bad-signature": "Endret etter signering (ugyldig signatur)",
  "wrong-issuer": "Feil utsteder (iss)",
  "wrong-audience": "Feil mottaker (aud)",
  expired: "Utløpt (exp og iat i fortiden)",
  "wrong-nonce": "Feil nonce",
};

export function isTokenFault(value: unknown): value is TokenFault {
  return (TOKEN_FAULTS as readonly unknown[]).includes(value);
}

const HOUR_S = 60 * 60;
const MAX_PENDING = 1000;

/** The faults chosen for sign-ins whose code has not been exchanged yet, by grant id. */
export class PendingFaults {
  readonly #byGrant = new Map<string, TokenFault>();

  add(grantId: string, fault: TokenFault) {
    // Codes live a minute: a test that never exchanges its code leaves one entry, dropped in time.
    if (this.#byGrant.size >= MAX_PENDING) {
      const oldest = this.#byGrant.keys().next().value;
      if (oldest !== undefined) this.#byGrant.delete(oldest);
    }
    this.#byGrant.set(grantId, fault);
  }

  take(grantId: string): TokenFault | undefined {
    const fault = this.#byGrant.get(grantId);
    this.#byGrant.delete(grantId);
    return fault;
  }
}

const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

function signed(header: string, payload: Record<string, unknown>, key: KeyObject): string {
  const input = `${header}.${segment(payload)}`;
  return `${input}.${sign("sha256", Buffer.from(input), key).toString("base64url")}`;
}

/** Someone else's national ID, for the forged payload. */
function anotherNationalId(nationalId: unknown): string {
  const { approved, approvedNorth } = NAMED_PEOPLE;
  return nationalId === approved.nationalId ? approvedNorth.nationalId : approved.nationalId;
}

/** The ID token with the fault in it; `key` is the provider's RS256 signing key. */
export function applyTokenFault(idToken: string, fault: TokenFault, key: KeyObject): string {
  const [header = "", payloadPart = "", signature = ""] = idToken.split(".");
  const payload = JSON.parse(Buffer.from(payloadPart, "base64url").toString("utf8")) as Record<
    string,
    unknown
  >;
  const now = Math.floor(Date.now() / 1000);
  switch (fault) {
    case "bad-signature": {
      const forged =
        NATIONAL_ID_CLAIM in payload
          ? { ...payload, [NATIONAL_ID_CLAIM]: anotherNationalId(payload[NATIONAL_ID_CLAIM]) }
          : { ...payload, sub: `${String(payload.sub)}x` };
      return `${header}.${segment(forged)}.${signature}`;
    }
    case "wrong-issuer":
      return signed(header, { ...payload, iss: "https://bankid.feil-utsteder.example" }, key);
    case "wrong-audience":
      return signed(header, { ...payload, aud: "en-annen-klient" }, key);
    case "expired":
      return signed(
        header,
        { ...payload, iat: now - 2 * HOUR_S, auth_time: now - 2 * HOUR_S, exp: now - HOUR_S },
        key,
      );
    case "wrong-nonce":
      return signed(header, { ...payload, nonce: randomBytes(16).toString("base64url") }, key);
  }
}

/** Rewrites the token endpoint's answer for a grant whose sign-in chose a fault. */
export function tokenFaultMiddleware(faults: PendingFaults, key: KeyObject): Middleware {
  return async (ctx, next) => {
    await next();
    if (ctx.oidc?.route !== "token" || ctx.status !== 200) return;
    const grantId = ctx.oidc.entities.AuthorizationCode?.grantId;
    const fault = grantId === undefined ? undefined : faults.take(grantId);
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (!fault || typeof body?.id_token !== "string") return;
    ctx.body = { ...body, id_token: applyTokenFault(body.id_token, fault, key) };
  };
}
