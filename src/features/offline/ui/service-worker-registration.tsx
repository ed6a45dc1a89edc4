"use client";

import { useEffect } from "react";
import { SERVICE_WORKER_SCOPE, SERVICE_WORKER_URL } from "../domain/worker-messages";

/** Registers the service worker (src/app/sw.ts) for the whole site, from the root layout. */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    // A module worker: Serwist bundles it as an ES module.
    navigator.serviceWorker
      .register(SERVICE_WORKER_URL, { scope: SERVICE_WORKER_SCOPE, type: "module" })
      .catch(() => {
        // Without the worker the site works as before, only not offline.
      });
  }, []);
  return null;
}
