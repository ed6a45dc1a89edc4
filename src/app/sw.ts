// The service worker's entry, bundled by src/app/serwist/[path]/route.ts. Each feature's worker part
// is one import here; the offline part owns the fetch handling and starts last.
import type { PrecacheEntry } from "serwist";
import { startOfflineWorker } from "@/features/offline/worker";

// Push and notificationclick: shows Min side's notifications, a tap opens the page they name.
import "@/features/notifications/worker";

declare const self: { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

startOfflineWorker(self.__SW_MANIFEST);
