import "server-only";
// BankID through OpenID Connect with Auth.js's own BankID Norway provider: authorization code flow
// with PKCE, state and nonce, the ID token validated by Auth.js (oauth4webapi) against the
// provider's discovery document and JWKS. Issuer, client id and secret are run-time configuration;
// outside production they point at the local identity provider (src/platform/bankid/simulator).
import BankIDNorway from "next-auth/providers/bankid-no";
import { ACR_SUBSTANTIAL, BANKID_PROVIDER_ID, BANKID_SCOPE } from "@/platform/bankid/claims";
import { env } from "@/platform/env";

export function bankIdProvider() {
  const config = env();
  return BankIDNorway({
    id: BANKID_PROVIDER_ID,
    issuer: config.BANKID_ISSUER,
    clientId: config.BANKID_CLIENT_ID,
    clientSecret: config.BANKID_CLIENT_SECRET,
    // The claims are read from the validated ID token, not from the userinfo endpoint.
    idToken: true,
    authorization: {
      params: {
        scope: BANKID_SCOPE,
        // The least any purpose accepts; a purpose that needs more checks the token's acr itself.
        acr_values: ACR_SUBSTANTIAL,
        ui_locales: "nb",
      },
    },
    // Auth.js keeps only an id; the national ID stays in the token claims the signIn callback reads.
    profile: (claims) => ({ id: String(claims.sub) }),
  });
}
