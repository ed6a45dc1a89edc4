// The pages' side of the messages to the service worker: fire-and-forget, or one answer on a port.
import type { CopyStatusAnswer, OfflineMessage } from "../domain/worker-messages";

/** The worker controlling this page, once it is ready; null where there is none (no support, first visit). */
async function controller(): Promise<ServiceWorker | null> {
  if (!("serviceWorker" in navigator)) return null;
  return navigator.serviceWorker.controller;
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
