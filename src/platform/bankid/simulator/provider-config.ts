import "server-only";
// oidc-provider's configuration for the local BankID: what the broker's OpenID Provider does, and
// nothing more. Authorization code with PKCE (S256, required), client_secret_post, RS256 ID tokens that
// carry the person's claims themselves (scopes "profile" and "nin", claims.ts), BankID's two levels of
// assurance as `acr`, signed userinfo like the broker's, and no single sign-on session (store.ts).
import type { Configuration } from "oidc-provider";
import {
  ACR_VALUES,
  BANKID_SCOPE,
  NATIONAL_ID_CLAIM,
  NATIONAL_ID_COUNTRY_CLAIM,
  NATIONAL_ID_SCOPE,
  NATIONAL_ID_TYPE_CLAIM,
  PROFILE_CLAIMS,
} from "../claims";
import { personClaims, type Subjects } from "./identities";
import { providerErrorPage } from "./page-layout";
import { memoryAdapterFactory } from "./store";

export interface BankIdClient {
  clientId: string;
  clientSecret: string;
  redirectUris: readonly string[];
}

const MINUTE_S = 60;

export function providerConfiguration(options: {
  clients: readonly BankIdClient[];
  signingKey: Record<string, unknown>;
  cookieKey: string;
  subjects: Subjects;
}): Configuration {
  return {
    adapter: memoryAdapterFactory(),
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: [...client.redirectUris],
      response_types: ["code"],
      grant_types: ["authorization_code"],
      token_endpoint_auth_method: "client_secret_post",
      id_token_signed_response_alg: "RS256",
      userinfo_signed_response_alg: "RS256",
    })),
    jwks: { keys: [options.signingKey] },
    cookies: { keys: [options.cookieKey] },
    scopes: BANKID_SCOPE.split(" "),
    claims: {
      sid: null,
      iss: null,
      // The broker puts the level and method of every sign-in in the ID token, asked for or not.
      openid: ["sub", "acr", "amr", "auth_time"],
      profile: [...PROFILE_CLAIMS],
      [NATIONAL_ID_SCOPE]: [NATIONAL_ID_CLAIM, NATIONAL_ID_TYPE_CLAIM, NATIONAL_ID_COUNTRY_CLAIM],
    },
    // The scopes' claims go into the ID token itself, as the broker's do, not only to userinfo.
    conformIdTokenClaims: false,
    acrValues: [...ACR_VALUES],
    responseTypes: ["code"],
    clientAuthMethods: ["client_secret_post", "client_secret_basic"],
    pkce: { required: () => true },
    // Tokens outlive the sign-in: there is no session at the provider to end them with.
    expiresWithSession: () => false,
    features: {
      devInteractions: { enabled: false },
      dPoP: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      resourceIndicators: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      userinfo: { enabled: true },
      jwtUserinfo: { enabled: true },
    },
    findAccount: async (_ctx, sub) => {
      const identity = options.subjects.find(sub);
      if (!identity) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...personClaims(identity) }) };
    },
    renderError: (ctx, out) => {
      ctx.type = "html";
      ctx.body = providerErrorPage(out);
    },
    ttl: {
      AccessToken: 10 * MINUTE_S,
      AuthorizationCode: MINUTE_S,
      IdToken: 60 * MINUTE_S,
      Interaction: 30 * MINUTE_S,
      Session: 30 * MINUTE_S,
      Grant: 30 * MINUTE_S,
    },
  };
}
