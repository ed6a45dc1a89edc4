import "server-only";
// The token itself: 32 random bytes after a recognisable prefix. The database keeps only its keyed hash
// (HMAC-SHA-256 under the server secret), so neither a copy of the table nor the log can open the API.
import { randomBytes } from "node:crypto";
import { keyedHash } from "@/platform/crypto/keyed-hash";
import { API_TOKEN_PREFIX, API_TOKEN_SHOWN_LENGTH } from "../domain/api-token";

const TOKEN_SHAPE = new RegExp(`^${API_TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`);

export function newApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: apiTokenHash(token), prefix: token.slice(0, API_TOKEN_SHOWN_LENGTH) };
}

export const apiTokenHash = (token: string) => keyedHash("api-token", token);

/** Anything else is no token of ours and is not looked up. */
export const isApiToken = (value: string) => TOKEN_SHAPE.test(value);
