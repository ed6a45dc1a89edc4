// The local push service's check of a push's VAPID header (RFC 8292), against headers web-push signs.

import { describe, expect, it } from "vitest";
import webpush from "web-push";
import { checkVapid } from "@/platform/push/simulator/vapid-check";

const ORIGIN = "http://127.0.0.1:3010";
const keys = webpush.generateVAPIDKeys();
const now = new Date();
const inSeconds = (s: number) => Math.floor(now.getTime() / 1000) + s;

function header(audience = ORIGIN, expiration = inSeconds(12 * 3600), signer = keys) {
  return webpush.getVapidHeaders(
    audience,
    "mailto:drift@klarkraft.test",
    signer.publicKey,
    signer.privateKey,
    "aes128gcm",
    expiration,
  ).Authorization;
}

describe("the local push service's VAPID check", () => {
  it("takes a header signed for its origin with the subscription's key", async () => {
    expect(await checkVapid(header(), ORIGIN, keys.publicKey, now)).toEqual({
      ok: true,
      publicKey: keys.publicKey,
    });
  });

  it("refuses another audience, an expired token, a missing header and another key", async () => {
    expect(await checkVapid(header("https://fcm.googleapis.com"), ORIGIN, keys.publicKey, now)).toMatchObject(
      {
        ok: false,
        status: 401,
      },
    );
    expect(await checkVapid(header(ORIGIN, inSeconds(-60)), ORIGIN, keys.publicKey, now)).toMatchObject({
      ok: false,
      status: 401,
    });
    expect(await checkVapid(undefined, ORIGIN, keys.publicKey, now)).toMatchObject({
      ok: false,
      status: 401,
    });
    expect(await checkVapid(`Bearer ${"x".repeat(20)}`, ORIGIN, undefined, now)).toMatchObject({ ok: false });
    const other = webpush.generateVAPIDKeys();
    expect(
      await checkVapid(header(ORIGIN, inSeconds(3600), other), ORIGIN, keys.publicKey, now),
    ).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it("refuses a token whose expiry is more than 24 hours away", async () => {
    const later = new Date(now.getTime() - 2 * 24 * 3600 * 1000);
    // Signed now for 12 hours ahead, checked as if it were two days earlier: 60 hours away.
    expect(await checkVapid(header(), ORIGIN, keys.publicKey, later)).toMatchObject({
      ok: false,
      problem: "exp is over 24 h away",
    });
  });
});
