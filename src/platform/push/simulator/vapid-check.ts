import "server-only";
// How the local push service checks a push's VAPID header (RFC 8292) as a browser vendor's would:
// `Authorization: vapid t=<JWT>, k=<public key>`, the JWT signed ES256 with that key, `aud` this push
// service's origin, `exp` in the future and at most 24 hours away, `sub` a mailto: or https: contact;
// and `k` the applicationServerKey the subscription was made with.
import { importJWK, jwtVerify } from "jose";

export type VapidVerdict =
  | { ok: true; publicKey: string }
  | { ok: false; status: 401 | 403; problem: string };

const DAY_S = 24 * 60 * 60;

function jwkOf(publicKey: Buffer) {
  return {
    kty: "EC",
    crv: "P-256",
    x: publicKey.subarray(1, 33).toString("base64url"),
    y: publicKey.subarray(33, 65).toString("base64url"),
  };
}

function parseHeader(header: string | undefined): { token: string; key: string } | undefined {
  const match = /^vapid\s+(.+)$/i.exec(header ?? "");
  if (!match?.[1]) return undefined;
  const parts = new Map(
    match[1].split(",").map((part) => {
      const [name = "", ...value] = part.trim().split("=");
      return [name.toLowerCase(), value.join("=")] as const;
    }),
  );
  const token = parts.get("t");
  const key = parts.get("k");
  return token && key ? { token, key } : undefined;
}

export async function checkVapid(
  header: string | undefined,
  origin: string,
  boundKey: string | undefined,
  now = new Date(),
): Promise<VapidVerdict> {
  const parsed = parseHeader(header);
  if (!parsed) return { ok: false, status: 401, problem: "Authorization must be vapid t=…, k=…" };
  const publicKey = Buffer.from(parsed.key, "base64url");
  if (publicKey.length !== 65 || publicKey[0] !== 0x04) {
    return { ok: false, status: 401, problem: "k is not an uncompressed P-256 key" };
  }
  if (boundKey !== undefined && boundKey !== publicKey.toString("base64url")) {
    return { ok: false, status: 403, problem: "k is not the key this subscription was made with" };
  }
  try {
    const { payload } = await jwtVerify(parsed.token, await importJWK(jwkOf(publicKey), "ES256"), {
      algorithms: ["ES256"],
      audience: origin,
      currentDate: now,
      requiredClaims: ["exp", "sub"],
    });
    const exp = payload.exp ?? 0;
    if (exp > now.getTime() / 1000 + DAY_S)
      return { ok: false, status: 401, problem: "exp is over 24 h away" };
    if (!/^(mailto:|https:)/.test(payload.sub ?? "")) {
      return { ok: false, status: 401, problem: "sub must be mailto: or https:" };
    }
  } catch {
    return { ok: false, status: 401, problem: "The JWT is not valid for this push service" };
  }
  return { ok: true, publicKey: publicKey.toString("base64url") };
}
