import "server-only";
// Auth.js checks the ID token's claims (issuer, audience, expiry, nonce) but, for a token fetched
// straight from the token endpoint, not its signature (OIDC Core lets TLS stand in). We check it too,
// against the keys the provider publishes in its discovery document: a token altered on the way, or
// minted with someone else's key, signs nobody in.
import { createRemoteJWKSet, jwtVerify } from "jose";
import { z } from "zod";
import { env } from "@/platform/env";

const ZDiscovery = z.object({ issuer: z.string(), jwks_uri: z.url() });

/** The provider's key set, per issuer: jose caches the keys and fetches again when a new key id appears. */
const keySets = new Map<string, Promise<ReturnType<typeof createRemoteJWKSet>>>();

async function keySetOf(issuer: string) {
  const discovery = ZDiscovery.parse(
    await (await fetch(new URL(".well-known/openid-configuration", `${issuer.replace(/\/$/, "")}/`))).json(),
  );
  return createRemoteJWKSet(new URL(discovery.jwks_uri));
}

function keySet(issuer: string) {
  let set = keySets.get(issuer);
  if (!set) {
    set = keySetOf(issuer);
    // A failed discovery is not remembered: the next sign-in asks again.
    set.catch(() => keySets.delete(issuer));
    keySets.set(issuer, set);
  }
  return set;
}

/** Whether the ID token is signed by the configured provider's key, for this client, and not expired. */
export async function idTokenSignedByProvider(idToken: unknown): Promise<boolean> {
  if (typeof idToken !== "string") return false;
  const { BANKID_ISSUER: issuer, BANKID_CLIENT_ID: audience } = env();
  try {
    await jwtVerify(idToken, await keySet(issuer), {
      issuer,
      audience,
      algorithms: ["RS256", "PS256", "ES256"],
    });
    return true;
  } catch {
    return false;
  }
}
