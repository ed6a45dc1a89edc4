// The part of http_ece (v1, which ships no types) that the local push service uses to read a push.
declare module "http_ece" {
  import type { ECDH } from "node:crypto";

  export interface DecryptParams {
    version: "aes128gcm";
    /** The receiver's key pair (the browser's, here the local push service's). */
    privateKey: ECDH;
    /** The 16-byte auth secret, base64url or bytes. */
    authSecret: string | Buffer;
  }

  export function decrypt(buffer: Buffer, params: DecryptParams): Buffer;
  const ece: { decrypt: typeof decrypt };
  export default ece;
}
