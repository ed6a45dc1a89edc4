import "server-only";
// Random tokens for mailed links (password reset, an application's resume and review links, a thread
// for someone without a login): the mail holds the token, the database only its SHA-256, so a copy of
// the database opens nothing.
import { createHash, randomBytes } from "node:crypto";

export const newLinkToken = () => randomBytes(32).toString("base64url");

export const hashLinkToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** 32 random bytes in base64url: anything else is no token of ours and is not looked up. */
export const isLinkToken = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);
