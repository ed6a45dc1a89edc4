import "server-only";
// The local BankID: a real OpenID Provider (oidc-provider) that speaks the broker's protocol, whose
// "authentication" is a page listing the registry simulator's synthetic people. Started by `npm start`,
// `npm run dev` and `npm run simulators` when BANKID_ISSUER is the local default, by the browser
// suite's server (with `allowTokenFaults`), and in-process by integration tests. Keys and cookie keys
// are made at start, so nothing it signed outlives it. Routes (discovery tells the client):
//   GET  /.well-known/openid-configuration, /jwks     GET|POST /auth   POST /token   GET /me
//   GET|POST /interaction/:uid                         the page
import { createHash, generateKeyPair, type KeyObject, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { Provider } from "oidc-provider";
import { closeNow, listen } from "@/platform/http/local-server";
import { Subjects } from "./identities";
import { handleInteraction, sendPage } from "./interaction";
import { interactionGonePage } from "./page-layout";
import { type BankIdClient, providerConfiguration } from "./provider-config";
import { PendingFaults, tokenFaultMiddleware } from "./token-faults";

export type { BankIdClient } from "./provider-config";
export { TOKEN_FAULTS, type TokenFault } from "./token-faults";

export interface BankIdSimulatorOptions {
  /** 0: a free port (tests). */
  port: number;
  /** Where it listens; loopback unless given. The issuer is always http://127.0.0.1:<port>. */
  host?: string;
  clients: readonly BankIdClient[];
  /** Offer "Feil i ID-tokenet" on the page: for tests only. */
  allowTokenFaults?: boolean;
}

export interface BankIdSimulator {
  issuer: string;
  url: string;
  port: number;
  close(): Promise<void>;
}

const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]{1,64})$/;

/** An RS256 signing key as a private JWK, with its thumbprint (RFC 7638) as `kid`. */
async function rsaSigningKey(): Promise<{ privateKey: KeyObject; jwk: Record<string, unknown> }> {
  const { privateKey } = await promisify(generateKeyPair)("rsa", { modulusLength: 2048 });
  const jwk = privateKey.export({ format: "jwk" });
  const thumbprint = createHash("sha256")
    .update(JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n }))
    .digest("base64url");
  return { privateKey, jwk: { ...jwk, kid: thumbprint, alg: "RS256", use: "sig" } };
}

export async function startBankIdSimulator(options: BankIdSimulatorOptions): Promise<BankIdSimulator> {
  let handler: http.RequestListener = (_req, res) => {
    res.writeHead(503, { "Retry-After": "1" }).end();
  };
  const server = http.createServer((req, res) => handler(req, res));
  await listen(server, options.port, options.host ?? "127.0.0.1");
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;

  const { privateKey, jwk } = await rsaSigningKey();
  const subjects = new Subjects(randomBytes(32));
  const faults = new PendingFaults();
  const provider = new Provider(
    issuer,
    providerConfiguration({
      clients: options.clients,
      signingKey: jwk,
      cookieKey: randomBytes(32).toString("base64url"),
      subjects,
    }),
  );
  provider.use(tokenFaultMiddleware(faults, privateKey));
  const providerHandler = provider.callback();
  const interactions = { provider, subjects, faults, allowTokenFaults: options.allowTokenFaults ?? false };

  handler = (req, res) => {
    const uid = INTERACTION_PATH.exec((req.url ?? "/").split("?")[0] ?? "")?.[1];
    if (uid === undefined) return providerHandler(req, res);
    handleInteraction(interactions, uid, req, res).catch(() => {
      if (!res.headersSent) sendPage(res, 500, interactionGonePage());
      else res.destroy();
    });
  };

  return {
    issuer,
    url: issuer,
    port,
    close: () => closeNow(server),
  };
}
