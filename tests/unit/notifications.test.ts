import { describe, expect, it } from "vitest";
import { ZNotificationChoices, ZPushMessage } from "@/features/notifications";
import {
  browserSubscriptionSchema,
  ZBrowserSubscription,
} from "@/features/notifications/domain/subscription";
import { clickTarget, notificationFromPush } from "@/features/notifications/worker/notification-content";

const P256DH = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString("base64url");
const AUTH = Buffer.alloc(16, 3).toString("base64url");
const FCM = "https://fcm.googleapis.com/fcm/send/abc:def";
const ID = "0b6f1c52-9a4e-4c1d-8f3b-2d7e5a9c0e11";

const subscription = (overrides: Partial<Record<string, string>> = {}) => ({
  endpoint: FCM,
  p256dh: P256DH,
  auth: AUTH,
  ...overrides,
});

describe("a browser's push subscription", () => {
  it("takes a push service's HTTPS endpoint with a 65-byte P-256 key and a 16-byte secret", () => {
    expect(ZBrowserSubscription.safeParse(subscription()).success).toBe(true);
    for (const endpoint of [
      "https://updates.push.services.mozilla.com/wpush/v2/x",
      "https://web.push.apple.com/QGuQ",
      "https://wns2-db5p.notify.windows.com/w/?token=x",
    ]) {
      expect(ZBrowserSubscription.safeParse(subscription({ endpoint })).success, endpoint).toBe(true);
    }
  });

  it("refuses an endpoint that is not a push service: the server would send requests there", () => {
    for (const endpoint of [
      "https://evil.example/push",
      "https://fcm.googleapis.com.evil.example/x",
      "http://fcm.googleapis.com/fcm/send/x",
      "https://user:pass@fcm.googleapis.com/x",
      "http://127.0.0.1:3010/push/v1/send/x",
      "https://fcm.googleapis.com:8443/fcm/send/x",
      "https://updates.push.services.mozilla.com:22/wpush/v2/x",
      "javascript:alert(1)",
      `https://fcm.googleapis.com/${"x".repeat(1100)}`,
    ]) {
      const parsed = ZBrowserSubscription.safeParse(subscription({ endpoint }));
      expect(parsed.success, endpoint).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/varslingsabonnement/);
    }
  });

  it("takes the local push service's own send URL outside production, and nothing else on loopback", () => {
    const local = browserSubscriptionSchema({ localPushOrigin: "http://127.0.0.1:3010" });
    const send = `http://127.0.0.1:3010/push/v1/send/${ID}`;
    expect(local.safeParse(subscription({ endpoint: send })).success).toBe(true);
    expect(ZBrowserSubscription.safeParse(subscription({ endpoint: send })).success).toBe(false);
    for (const endpoint of [
      "http://10.0.0.5/x",
      `http://127.0.0.1:5432/push/v1/send/${ID}`,
      `http://localhost:3010/push/v1/send/${ID}`,
      `http://[::1]:3010/push/v1/send/${ID}`,
      "http://127.0.0.1:3010/_simulator/faults",
      "http://127.0.0.1:3010/push/v1/subscriptions",
      "http://127.0.0.1:3010/push/v1/send/x",
      `http://127.0.0.1:3010/push/v1/send/${ID}/more`,
      `http://127.0.0.1:3010/push/v1/send/${ID}?to=admin`,
      `http://127.0.0.1:3010/push/v1/send/../../_simulator/faults`,
      `http://127.0.0.1:3010/push/v1/send/${ID}#x`,
      `https://127.0.0.1:3010/push/v1/send/${ID}`,
    ]) {
      expect(local.safeParse(subscription({ endpoint })).success, endpoint).toBe(false);
    }
  });

  it("refuses keys of the wrong length or shape with a Norwegian message", () => {
    const compressed = Buffer.concat([Buffer.from([2]), Buffer.alloc(64, 7)]).toString("base64url");
    for (const bad of [
      { p256dh: P256DH.slice(0, 40) },
      { p256dh: compressed },
      { p256dh: "not base64!" },
      { auth: Buffer.alloc(15).toString("base64url") },
      { auth: "" },
    ]) {
      const parsed = ZBrowserSubscription.safeParse(subscription(bad));
      expect(parsed.success, JSON.stringify(bad)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/Last siden på nytt/);
    }
  });
});

describe("the notification choices", () => {
  it("reads ticked boxes as on, an empty level as off, and a level as whole øre", () => {
    expect(ZNotificationChoices.parse({ tomorrowPrices: "on", priceAboveOre: "" })).toEqual({
      tomorrowPrices: true,
      inquiryAnswer: false,
      privacyCompleted: false,
      invoiceIssued: false,
      priceAboveOre: null,
    });
    expect(ZNotificationChoices.parse({ priceAboveOre: " 150 " }).priceAboveOre).toBe(150);
  });

  it("refuses a level that is not a whole number from 1 to 1000, saying what it takes", () => {
    for (const level of ["0", "1001", "1,5", "abc", "-3", "9999999"]) {
      const parsed = ZNotificationChoices.safeParse({ priceAboveOre: level });
      expect(parsed.success, level).toBe(false);
      expect(parsed.error?.issues[0]?.message, level).toMatch(/helt antall øre per kWh, fra 1 til 1000/);
    }
  });
});

describe("what the service worker shows", () => {
  const message = {
    title: "Ny faktura",
    body: "Fakturaen for november er klar.",
    url: "/min-side/faktura",
    tag: "invoice",
  };

  it("shows a Min side message with its title, body, icon, tag and link", () => {
    expect(notificationFromPush(JSON.stringify(message))).toEqual({
      title: "Ny faktura",
      options: expect.objectContaining({
        body: "Fakturaen for november er klar.",
        icon: "/ikon/ikon-192.png",
        tag: "invoice",
        data: { url: "/min-side/faktura" },
      }),
    });
  });

  it("ignores a payload that is not one: not JSON, missing fields, or a link off Min side", () => {
    expect(notificationFromPush(undefined)).toBeNull();
    expect(notificationFromPush("Hei")).toBeNull();
    expect(notificationFromPush(JSON.stringify({ title: "x" }))).toBeNull();
    expect(notificationFromPush(JSON.stringify({ ...message, url: "https://evil.example/" }))).toBeNull();
    expect(notificationFromPush(JSON.stringify({ ...message, url: "//evil.example/min-side" }))).toBeNull();
    expect(ZPushMessage.safeParse({ ...message, url: "/admin" }).success).toBe(false);
  });

  it("opens only a Min side path on its own origin when tapped", () => {
    const origin = "https://minside.klarkraft.no";
    expect(clickTarget({ url: "/min-side/forbruk?dag=2026-12-08" }, origin)).toBe(
      "https://minside.klarkraft.no/min-side/forbruk?dag=2026-12-08",
    );
    expect(clickTarget({ url: "https://evil.example/min-side" }, origin)).toBe(`${origin}/min-side`);
    expect(clickTarget({ url: "//evil.example" }, origin)).toBe(`${origin}/min-side`);
    expect(clickTarget(null, origin)).toBe(`${origin}/min-side`);
  });
});
