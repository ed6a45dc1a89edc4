// The local BankID provider as a relying party meets it: over real HTTP, with oauth4webapi (the client
// library next-auth runs on) and jose, through discovery, the picker page, the code exchange and the
// ID token's validation, in every fault the page offers.
import { compactVerify, createRemoteJWKSet, decodeJwt, jwtVerify } from "jose";
import * as oauth from "oauth4webapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ACR_HIGH,
  ACR_SUBSTANTIAL,
  BANKID_SCOPE,
  NATIONAL_ID_CLAIM,
  NATIONAL_ID_COUNTRY_CLAIM,
  NATIONAL_ID_TYPE_CLAIM,
} from "@/platform/bankid/claims";
import { type BankIdSimulator, startBankIdSimulator } from "@/platform/bankid/simulator/server";
import { NATIONAL_ID_ERROR, syntheticNationalId } from "@/platform/identifiers/national-id";
import { NAMED_PEOPLE } from "@/platform/registries/simulator/people";
import {
  authorize,
  choose,
  discover,
  exchange,
  pickerUrl,
  relyingParty,
  signIn,
  TEST_CLIENT,
  validatedClaims,
} from "../support/bankid-client";

const { approved, approvedDNumber } = NAMED_PEOPLE;
const clients = [
  {
    clientId: TEST_CLIENT.clientId,
    clientSecret: TEST_CLIENT.clientSecret,
    redirectUris: [TEST_CLIENT.redirectUri],
  },
];
let idp: BankIdSimulator;

beforeAll(async () => {
  idp = await startBankIdSimulator({ port: 0, clients, allowTokenFaults: true });
});
afterAll(() => idp.close());

async function verifiedWithJwks(idToken: string) {
  const as = await discover(idp.issuer);
  const jwks = createRemoteJWKSet(new URL(as.jwks_uri as string));
  return jwtVerify(idToken, jwks, {
    issuer: idp.issuer,
    audience: TEST_CLIENT.clientId,
    algorithms: ["RS256"],
  });
}

describe("discovery and keys", () => {
  it("publishes what a client needs: code flow with S256 PKCE, client_secret_post, RS256, BankID's claims and levels", async () => {
    const as = await discover(idp.issuer);
    expect(as.issuer).toBe(idp.issuer);
    expect(as.response_types_supported).toEqual(["code"]);
    expect(as.code_challenge_methods_supported).toEqual(["S256"]);
    expect(as.token_endpoint_auth_methods_supported).toContain("client_secret_post");
    expect(as.id_token_signing_alg_values_supported).toContain("RS256");
    expect(as.scopes_supported).toEqual(expect.arrayContaining(BANKID_SCOPE.split(" ")));
    expect(as.acr_values_supported).toEqual(expect.arrayContaining([ACR_HIGH, ACR_SUBSTANTIAL]));
    expect(as.claims_supported).toEqual(
      expect.arrayContaining([
        NATIONAL_ID_CLAIM,
        NATIONAL_ID_TYPE_CLAIM,
        NATIONAL_ID_COUNTRY_CLAIM,
        "acr",
        "amr",
      ]),
    );
  });

  it("serves one RSA signing key, public parts only", async () => {
    const as = await discover(idp.issuer);
    const { keys } = (await (await fetch(as.jwks_uri as string)).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig", kid: expect.any(String) });
    expect(Object.keys(keys[0] ?? {})).not.toEqual(expect.arrayContaining(["d"]));
  });
});

describe("signing in", () => {
  it("gives a signed RS256 ID token with the person's national ID, names and the default high level", async () => {
    const { idToken, claims } = await signIn(idp.issuer, { person: approved.nationalId });
    const { payload, protectedHeader } = await verifiedWithJwks(idToken);
    expect(protectedHeader.alg).toBe("RS256");
    expect(payload).toMatchObject({
      [NATIONAL_ID_CLAIM]: approved.nationalId,
      [NATIONAL_ID_TYPE_CLAIM]: "BIRTH",
      [NATIONAL_ID_COUNTRY_CLAIM]: "NO",
      given_name: "Glad",
      family_name: "Elefant",
      name: "Glad Elefant",
      birthdate: "1984-05-17",
      acr: ACR_HIGH,
      amr: ["BID"],
    });
    expect(claims?.sub).toBe(payload.sub);
    expect(payload.sub).not.toContain(approved.nationalId);
  });

  it("answers userinfo as a signed JWT with the same claims (next-auth's provider reads it when idToken is false)", async () => {
    const { attempt, accessToken, claims } = await signIn(idp.issuer, { person: approved.nationalId });
    const client = { ...relyingParty, userinfo_signed_response_alg: "RS256" };
    const response = await oauth.userInfoRequest(attempt.as, client, accessToken, {
      [oauth.allowInsecureRequests]: true,
    });
    expect(response.headers.get("content-type")).toMatch(/^application\/jwt/);
    const userinfo = await oauth.processUserInfoResponse(attempt.as, client, claims?.sub as string, response);
    expect(userinfo).toMatchObject({ [NATIONAL_ID_CLAIM]: approved.nationalId, name: "Glad Elefant" });
  });

  it("gives the same opaque sub to the same person every time, and another to another person", async () => {
    const first = await signIn(idp.issuer, { person: approved.nationalId });
    const again = await signIn(idp.issuer, { person: approved.nationalId });
    const other = await signIn(idp.issuer, { person: approvedDNumber.nationalId });
    expect(again.claims?.sub).toBe(first.claims?.sub);
    expect(other.claims?.sub).not.toBe(first.claims?.sub);
  });

  it("signs in a D-number at the substantial level (biometrics) when that is chosen", async () => {
    const { claims } = await signIn(idp.issuer, { person: approvedDNumber.nationalId, level: "substantial" });
    expect(claims).toMatchObject({
      [NATIONAL_ID_CLAIM]: approvedDNumber.nationalId,
      [NATIONAL_ID_TYPE_CLAIM]: "DNUMBER",
      acr: ACR_SUBSTANTIAL,
    });
  });

  it("signs in a typed national ID the registers do not know, under a neutral test name", async () => {
    const typed = syntheticNationalId({ y: 1990, m: 6, d: 15 }, 123);
    const { claims } = await signIn(idp.issuer, { nationalId: `${typed.slice(0, 6)} ${typed.slice(6)}` });
    expect(claims).toMatchObject({
      [NATIONAL_ID_CLAIM]: typed,
      given_name: "Test",
      family_name: "Testesen",
      birthdate: "1990-06-15",
    });
  });

  it("gives a demo customer's name as written, not in the register's capitals", async () => {
    const kari = syntheticNationalId({ y: 1985, m: 3, d: 14 }, 310);
    const { claims } = await signIn(idp.issuer, { person: kari });
    expect(claims).toMatchObject({ given_name: "Kari", family_name: "Nordmann", name: "Kari Nordmann" });
  });
});

describe("what the provider refuses", () => {
  it("refuses a code exchange without the code_verifier", async () => {
    const attempt = await authorize(idp.issuer);
    const response = await exchange(attempt, await choose(attempt, { person: approved.nationalId }), null);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("refuses a code exchange with another code_verifier", async () => {
    const attempt = await authorize(idp.issuer);
    const callback = await choose(attempt, { person: approved.nationalId });
    const response = await exchange(attempt, callback, oauth.generateRandomCodeVerifier());
    await expect(validatedClaims(attempt, response)).rejects.toMatchObject({ error: "invalid_grant" });
  });

  it("requires PKCE: an authorization request without a code_challenge goes back with invalid_request", async () => {
    const attempt = await authorize(idp.issuer, { code_challenge: null, code_challenge_method: null });
    const location = new URL(attempt.response.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(TEST_CLIENT.redirectUri);
    expect(location.searchParams.get("error")).toBe("invalid_request");
  });

  it("refuses an unknown client and an unregistered redirect_uri on its own page, sending no one anywhere", async () => {
    const refused: Record<string, string>[] = [
      { client_id: "unknown-client" },
      { redirect_uri: "https://evil.example/callback" },
    ];
    for (const overrides of refused) {
      const { response } = await authorize(idp.issuer, overrides);
      expect(response.status).toBe(400);
      expect(response.headers.get("location")).toBeNull();
      expect(await response.text()).toContain("Innloggingen kan ikke startes");
    }
  });

  it("Avbryt sends the person back to the client with access_denied", async () => {
    const attempt = await authorize(idp.issuer);
    const page = pickerUrl(attempt);
    const aborted = await attempt.browser.request(page, { form: { action: "abort" } });
    const back = await attempt.browser.request(new URL(aborted.headers.get("location") ?? "", idp.issuer));
    const callback = new URL(back.headers.get("location") ?? "");
    expect(() => oauth.validateAuthResponse(attempt.as, relyingParty, callback, attempt.state)).toThrow(
      expect.objectContaining({ error: "access_denied" }),
    );
  });
});

describe("the picker form", () => {
  async function post(form: Record<string, string>) {
    const attempt = await authorize(idp.issuer);
    const response = await attempt.browser.request(pickerUrl(attempt), {
      form: { action: "login", ...form },
    });
    return { status: response.status, page: await response.text() };
  }

  it("an invalid typed national ID gives the Norwegian message on the page, with the value kept and escaped", async () => {
    const { status, page } = await post({ nationalId: "12345678901<b>" });
    expect(status).toBe(400);
    expect(page).toContain(NATIONAL_ID_ERROR);
    expect(page).toContain('aria-invalid="true"');
    expect(page).toContain('value="12345678901&lt;b&gt;"');
    expect(page).not.toContain("12345678901<b>");
  });

  it("asks for a choice when nothing is chosen", async () => {
    const { status, page } = await post({ level: "substantial" });
    expect(status).toBe(400);
    expect(page).toContain("Velg en testperson, eller skriv inn et fødselsnummer.");
    expect(page).toMatch(/id="niva-substantial" name="level" value="substantial" checked/);
  });
});

describe("faults in the ID token (tests only)", () => {
  async function withFault(fault: string, person = approved.nationalId) {
    const attempt = await authorize(idp.issuer);
    const response = await exchange(attempt, await choose(attempt, { person, fault }));
    const { id_token: idToken } = (await response.clone().json()) as { id_token: string };
    return { attempt, response, idToken };
  }

  it.each([
    ["wrong-issuer", oauth.JWT_CLAIM_COMPARISON, "iss"],
    ["wrong-audience", oauth.JWT_CLAIM_COMPARISON, "aud"],
    ["wrong-nonce", oauth.JWT_CLAIM_COMPARISON, "nonce"],
    ["expired", oauth.JWT_TIMESTAMP_CHECK, "exp"],
  ])(
    "%s: signed with the provider's own key, and refused by oauth4webapi (%s on %s)",
    async (fault, code, claim) => {
      const { attempt, response, idToken } = await withFault(fault);
      const as = await discover(idp.issuer);
      await expect(
        compactVerify(idToken, createRemoteJWKSet(new URL(as.jwks_uri as string))),
      ).resolves.toBeTruthy();
      await expect(validatedClaims(attempt, response)).rejects.toMatchObject({ code, cause: { claim } });
    },
  );

  it("bad-signature: another person's national ID in a payload changed after signing; the signature check refuses it", async () => {
    const { attempt, response, idToken } = await withFault("bad-signature");
    expect(decodeJwt(idToken)[NATIONAL_ID_CLAIM]).not.toBe(approved.nationalId);
    // The claims themselves are all as expected: only the signature tells.
    await expect(validatedClaims(attempt, response)).rejects.toMatchObject({
      code: oauth.INVALID_RESPONSE,
      message: "JWT signature verification failed",
    });
    await expect(verifiedWithJwks(idToken)).rejects.toMatchObject({
      code: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
    });
  });

  it("a fault hits only the sign-in that chose it, not one running at the same time", async () => {
    const [faulty, clean] = await Promise.all([
      withFault("wrong-issuer"),
      signIn(idp.issuer, { person: approved.nationalId }),
    ]);
    await expect(validatedClaims(faulty.attempt, faulty.response)).rejects.toMatchObject({
      cause: { claim: "iss" },
    });
    expect(clean.claims?.iss).toBe(idp.issuer);
  });

  it("without allowTokenFaults the page offers no faults and a posted one is ignored", async () => {
    const plain = await startBankIdSimulator({ port: 0, clients });
    try {
      const attempt = await authorize(plain.issuer);
      const page = await (await attempt.browser.request(pickerUrl(attempt))).text();
      expect(page).not.toContain("Feil i ID-tokenet");
      const response = await exchange(
        attempt,
        await choose(attempt, { person: approved.nationalId, fault: "wrong-issuer" }),
      );
      expect((await validatedClaims(attempt, response)).claims?.iss).toBe(plain.issuer);
    } finally {
      await plain.close();
    }
  });
});
