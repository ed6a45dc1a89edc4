// Every other page: the network only, never a cache. Without a network the offline page answers.
import type { WorkerFetchEvent } from "./scope";
import { rememberOfflineAnswer } from "./served-copies";

export async function handleOtherNavigation(
  event: WorkerFetchEvent,
  offlinePage: () => Promise<Response>,
): Promise<Response> {
  try {
    return await fetch(event.request);
  } catch {
    rememberOfflineAnswer(event.resultingClientId, null);
    return offlinePage();
  }
}
