// npm run totp [-- <base32 secret>]: the code an authenticator app shows now for a TOTP secret, by
// default the demo staff's (DEMO_TOTP_SECRET), and how long it stays current.
import { Secret, TOTP } from "otpauth";
import { DEMO_TOTP_SECRET } from "../prisma/seed/people";
import { TOTP_DIGITS, TOTP_PERIOD_SECONDS } from "../src/features/second-factor/domain/second-factor";

const secret = (process.argv[2] ?? DEMO_TOTP_SECRET).replace(/\s/g, "").toUpperCase();
if (!/^[A-Z2-7]+=*$/.test(secret)) {
  console.error("Usage: npm run totp [-- <base32 secret>]");
  process.exit(2);
}
const totp = new TOTP({
  secret: Secret.fromBase32(secret),
  algorithm: "SHA1",
  digits: TOTP_DIGITS,
  period: TOTP_PERIOD_SECONDS,
});
const seconds = Math.ceil(totp.remaining() / 1000);
console.log(`${totp.generate()}  (a new code in ${seconds} s)`);
