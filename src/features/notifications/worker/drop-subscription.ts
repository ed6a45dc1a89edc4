// Ends this browser's push subscription when its person leaves (sign-out, or another person signs in:
// src/features/offline/worker/personal-cache.ts decides). The portal's next push to it is answered 410
// by the push service, and the portal deletes the row: a shared phone stops showing the previous
// person's notifications.

interface PushScope {
  readonly registration: {
    readonly pushManager: { getSubscription(): Promise<{ unsubscribe(): Promise<boolean> } | null> };
  };
}

const scope = globalThis as unknown as PushScope;

export async function dropPushSubscription(): Promise<void> {
  try {
    await (await scope.registration.pushManager.getSubscription())?.unsubscribe();
  } catch {
    // No push support, or the push service is unreachable: the server's row then ages out as before.
  }
}
