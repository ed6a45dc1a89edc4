// Notifications against a real Web Push exchange: the portal's client (web-push: aes128gcm, VAPID)
// sends to the local push service, which checks the VAPID header, decrypts and records what arrived.
import { describe, expect, it } from "vitest";
import type { PushMessage } from "@/features/notifications";
import { NO_NOTIFICATIONS } from "@/features/notifications/domain/preferences";
import {
  deliverPush,
  queuePush,
  removeSubscription,
  saveSubscription,
  sendTestPush,
  updateNotificationChoices,
} from "@/features/notifications/server";
import { runRetention } from "@/features/privacy/server/retention";
import { db } from "@/platform/db";
import { sendPush } from "@/platform/push/send-push";
import { createUser } from "../support/factories";
import { type LocalSubscription, localPushServiceForFile } from "../support/push-service";

const push = localPushServiceForFile();

const MESSAGE: PushMessage = {
  title: "Morgendagens strømpriser",
  body: "Billigste time i morgen: 03–04.",
  url: "/min-side/forbruk",
  tag: "tomorrow-prices",
};

async function customer() {
  const user = await createUser();
  return { userId: user.id, customerId: user.customerId as string };
}

/** A customer with one device on, who chose tomorrow's prices. */
async function subscribedCustomer() {
  const actor = await customer();
  const device = await push.subscribe();
  await saveSubscription(actor, { endpoint: device.endpoint, ...device.keys }, "Chrome på Android");
  await updateNotificationChoices(actor, { ...NO_NOTIFICATIONS, tomorrowPrices: true });
  return { actor, device };
}

const options = () => ({ vapid: push.vapid, timeoutMs: 1000 });
const texts = async (device: LocalSubscription) =>
  (await push.messages(device.id)).map((m) => JSON.parse(m.text));

describe("delivering a notification", () => {
  it("encrypts it for the device: the push service decrypts exactly the message", async () => {
    const { actor, device } = await subscribedCustomer();
    const result = await deliverPush(actor.customerId, "tomorrow-prices", MESSAGE, options());
    expect(result).toEqual({ ok: true, sent: 1, gone: 0, refused: 0, unavailable: 0 });
    expect(await texts(device)).toEqual([MESSAGE]);
    const [received] = await push.messages(device.id);
    expect(received?.ttl).toBe(24 * 60 * 60);
    const row = await db.pushSubscription.findUniqueOrThrow({ where: { endpoint: device.endpoint } });
    expect(row.lastSuccessAt).not.toBeNull();
  });

  it("signs with VAPID: a push signed with another key than the subscription's is refused", async () => {
    const { actor, device } = await subscribedCustomer();
    const otherKeys = (await import("web-push")).default.generateVAPIDKeys();
    const outcome = await sendPush({ endpoint: device.endpoint, ...device.keys }, JSON.stringify(MESSAGE), {
      vapid: { ...otherKeys, subject: "mailto:x@klarkraft.test" },
    });
    expect(outcome).toEqual({ ok: false, reason: "refused" });
    expect(await push.messages(device.id)).toEqual([]);
    // The row stays: a refusal is ours to fix, not the device's.
    expect(await db.pushSubscription.count({ where: { customerId: actor.customerId } })).toBe(1);
  });

  it("deletes a subscription the push service says is gone, and keeps the customer's others", async () => {
    const { actor, device } = await subscribedCustomer();
    const second = await push.subscribe();
    await saveSubscription(actor, { endpoint: second.endpoint, ...second.keys }, "Firefox på Linux");
    await push.drop(device.id);
    const result = await deliverPush(actor.customerId, "tomorrow-prices", MESSAGE, options());
    expect(result).toMatchObject({ ok: true, sent: 1, gone: 1 });
    const left = await db.pushSubscription.findMany({ where: { customerId: actor.customerId } });
    expect(left.map((row) => row.endpoint)).toEqual([second.endpoint]);
    expect(await texts(second)).toEqual([MESSAGE]);
  });

  it("sends nothing for a kind the customer did not choose", async () => {
    const { actor, device } = await subscribedCustomer();
    const result = await deliverPush(actor.customerId, "inquiry-answer", MESSAGE, options());
    expect(result).toEqual({ ok: false, reason: "not-chosen" });
    expect(await push.messages(device.id)).toEqual([]);
  });

  it("sends nothing while the customer restricts processing (Art. 18)", async () => {
    const { actor, device } = await subscribedCustomer();
    await db.customer.update({ where: { id: actor.customerId }, data: { restrictedAt: new Date() } });
    expect(await deliverPush(actor.customerId, "tomorrow-prices", MESSAGE, options())).toEqual({
      ok: false,
      reason: "restricted",
    });
    expect(await sendTestPush(actor.customerId, options())).toEqual({ ok: false, reason: "restricted" });
    expect(await push.messages(device.id)).toEqual([]);
  });

  it("reaches only that customer's devices: another customer's subscription gets nothing", async () => {
    const { actor } = await subscribedCustomer();
    const other = await subscribedCustomer();
    await deliverPush(actor.customerId, "tomorrow-prices", MESSAGE, options());
    expect(await push.messages(other.device.id)).toEqual([]);
  });

  it("counts a push service that is down as unavailable, and keeps the subscription", async () => {
    const { actor, device } = await subscribedCustomer();
    push.server.faults.add("push", "500", 1, device.id);
    const result = await deliverPush(actor.customerId, "tomorrow-prices", MESSAGE, options());
    expect(result).toMatchObject({ ok: true, sent: 0, unavailable: 1 });
    expect(await db.pushSubscription.count({ where: { customerId: actor.customerId } })).toBe(1);
  });

  it("sends the test notification to every device the customer has on", async () => {
    const { actor, device } = await subscribedCustomer();
    expect(await sendTestPush(actor.customerId, options())).toMatchObject({ ok: true, sent: 1 });
    expect((await texts(device))[0]).toMatchObject({
      title: "Testvarsel fra Klarkraft",
      url: "/min-side/profil",
    });
    const nobody = await customer();
    expect(await sendTestPush(nobody.customerId, options())).toEqual({ ok: false, reason: "no-devices" });
  });

  it("refuses to queue a message whose link leaves Min side", async () => {
    const actor = await customer();
    await expect(
      queuePush(actor.customerId, "tomorrow-prices", { ...MESSAGE, url: "https://evil.example/" }),
    ).rejects.toThrow();
  });
});

describe("one device, one owner", () => {
  it("another person subscribing on the same browser takes the endpoint over", async () => {
    const { actor, device } = await subscribedCustomer();
    const next = await customer();
    await updateNotificationChoices(next, { ...NO_NOTIFICATIONS, tomorrowPrices: true });
    expect(
      await saveSubscription(next, { endpoint: device.endpoint, ...device.keys }, "Chrome på Android"),
    ).toEqual({
      ok: true,
      takenOver: true,
    });
    expect(await db.pushSubscription.count({ where: { customerId: actor.customerId } })).toBe(0);
    await deliverPush(actor.customerId, "tomorrow-prices", MESSAGE, options());
    expect(await push.messages(device.id)).toEqual([]);
    await deliverPush(next.customerId, "tomorrow-prices", MESSAGE, options());
    expect(await texts(device)).toEqual([MESSAGE]);
  });

  it("turning off removes only the customer's own row, and both are audited", async () => {
    const { actor, device } = await subscribedCustomer();
    const stranger = await customer();
    expect(await removeSubscription(stranger, { endpoint: device.endpoint })).toEqual({
      ok: true,
      removed: 0,
    });
    expect(await db.pushSubscription.count({ where: { customerId: actor.customerId } })).toBe(1);
    expect(await removeSubscription(actor, { endpoint: device.endpoint })).toEqual({ ok: true, removed: 1 });
    const actions = await db.auditLog.findMany({
      where: { subjectCustomerId: actor.customerId, action: { startsWith: "notifications." } },
      orderBy: { id: "asc" },
      select: { action: true, metadata: true },
    });
    expect(actions).toEqual([
      { action: "notifications.subscribe", metadata: { takenOver: false } },
      { action: "notifications.preferences", metadata: { kinds: ["tomorrow-prices"] } },
      { action: "notifications.unsubscribe", metadata: { how: "this-device", removed: 1 } },
    ]);
  });
});

describe("retention", () => {
  it("removes a device no notification has reached for six months, and keeps one reached since", async () => {
    const now = new Date("2026-09-15T10:00:00Z");
    const { customerId } = await customer();
    const device = (n: number, lastSuccessAt: Date | null, createdAt: Date) =>
      db.pushSubscription.create({
        data: {
          customerId,
          endpoint: `https://fcm.googleapis.com/fcm/send/idle-${n}`,
          p256dh: "k",
          auth: "a",
          lastSuccessAt,
          createdAt,
        },
        select: { id: true },
      });
    const unreached = await device(1, new Date("2026-03-01T10:00:00Z"), new Date("2025-12-01T10:00:00Z"));
    const neverReached = await device(2, null, new Date("2026-03-01T10:00:00Z"));
    const reached = await device(3, new Date("2026-08-01T10:00:00Z"), new Date("2025-12-01T10:00:00Z"));
    const fresh = await device(4, null, new Date("2026-09-01T10:00:00Z"));
    await runRetention({ now });
    const left = await db.pushSubscription.findMany({ where: { customerId }, select: { id: true } });
    expect(left.map((row) => row.id).sort()).toEqual([reached.id, fresh.id].sort());
    expect(left.map((row) => row.id)).not.toContain(unreached.id);
    expect(left.map((row) => row.id)).not.toContain(neverReached.id);
  });
});
