// The pages' side of the messages to the service worker: fire-and-forget, or one answer on a port.
import type { CopyStatusAnswer, OfflineMessage } from "../domain/worker-messages";

/**
 * The active worker, once there is one: also on a first visit or a hard reload, when it does not
 * control the page (yet) but must still hear, for instance, a sign-out. Null without support.
 */
async function controller(): Promise<ServiceWorker | null> {
  if (!("serviceWorker" in navigator)) return null;
  return (await navigator.serviceWorker.ready).active;
}

export async function tellWorker(message: OfflineMessage): Promise<void> {
  (await controller())?.postMessage(message);
}

/** Whether the worker served this document from its offline copies, and from when. */
export async function askCopyStatus(): Promise<CopyStatusAnswer> {
  const worker = await controller();
  if (!worker) return { fetchedAt: null };
  const channel = new MessageChannel();
  const answer = new Promise<CopyStatusAnswer>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<CopyStatusAnswer>) => resolve(event.data);
  });
  worker.postMessage({ type: "offline-copy-status" } satisfies OfflineMessage, [channel.port2]);
  return answer;
}
