// The notifications part of the service worker (imported by src/app/sw.ts): shows a push as a
// notification, and a tap brings Min side forward on the page it names.
import { clickTarget, notificationFromPush } from "./notification-content";

export { dropPushSubscription } from "./drop-subscription";

// Typed by hand, as src/features/offline/worker/scope.ts explains: only what these handlers use.
interface PushEventLike extends Event {
  readonly data: { text(): string } | null;
  waitUntil(promise: Promise<unknown>): void;
}

interface NotificationClickLike extends Event {
  readonly notification: { readonly data: unknown; close(): void };
  waitUntil(promise: Promise<unknown>): void;
}

interface WindowClientLike {
  readonly url: string;
  focus(): Promise<unknown>;
  navigate(url: string): Promise<unknown>;
}

interface NotificationScope {
  readonly location: Location;
  readonly registration: { showNotification(title: string, options: object): Promise<void> };
  readonly clients: {
    matchAll(options: { type: "window"; includeUncontrolled: boolean }): Promise<readonly WindowClientLike[]>;
    openWindow(url: string): Promise<unknown>;
  };
  addEventListener(type: "push", listener: (event: PushEventLike) => void): void;
  addEventListener(type: "notificationclick", listener: (event: NotificationClickLike) => void): void;
}

const scope = globalThis as unknown as NotificationScope;

scope.addEventListener("push", (event) => {
  const shown = notificationFromPush(event.data?.text());
  // A malformed payload is dropped: nothing we did not write is ever shown.
  if (shown) event.waitUntil(scope.registration.showNotification(shown.title, shown.options));
});

scope.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const origin = scope.location.origin;
  const target = clickTarget(event.notification.data, origin);
  event.waitUntil(
    (async () => {
      const windows = await scope.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows.find((client) => new URL(client.url).pathname.startsWith("/min-side"));
      if (!open) return scope.clients.openWindow(target);
      await open.focus();
      // navigate() works only on a page this worker controls; focusing it is enough otherwise.
      return open.navigate(target).catch(() => undefined);
    })(),
  );
});
