"use client";

import { useEffect, useRef } from "react";
import type { TrackerIds } from "../domain/allowed-trackers";
import { CONSENT_CHANNEL, THIS_TAB } from "./consent-dom";
import { removeCookies } from "./remove-cookies";

/**
 * Starts the trackers the server allowed for this page (the same decision as the page's
 * Content-Security-Policy), and keeps the browser in line with the choice:
 * - cookies of every tracker not granted now are deleted, on every page;
 * - the tracker code is fetched only when a tracker may run, so a visitor who has not consented
 *   downloads none of it;
 * - when a new choice changes what this page may run, the running trackers are stopped and the
 *   page is loaded again, so a withdrawal leaves nothing running and an acceptance gets a policy
 *   that allows the tool; another tab with trackers running does the same when it hears of a choice.
 */
export function TrackerLoader({
  trackers,
  removeCookies: prefixes,
}: {
  trackers: TrackerIds;
  removeCookies: string[];
}) {
  const key = JSON.stringify(trackers);
  const started = useRef<{ key: string; stop?: () => void } | null>(null);
  const sweep = prefixes.join(" ");

  useEffect(() => {
    removeCookies(sweep ? sweep.split(" ") : []);
  }, [sweep]);

  useEffect(() => {
    const running = started.current;
    if (running === null) {
      const current: { key: string; stop?: () => void } = { key };
      started.current = current;
      if (key === "{}") return;
      if (typeof BroadcastChannel === "function") {
        new BroadcastChannel(CONSENT_CHANNEL).onmessage = (message) => {
          if (message.data !== THIS_TAB) reload(current);
        };
      }
      import("./tracker-runtime")
        .then(({ startTrackers }) => {
          current.stop = startTrackers(trackers);
        })
        .catch(() => {
          // Not fetched (offline, or a new deployment): the page simply runs without trackers.
        });
      return;
    }
    if (running.key !== key) reload(running);
  }, [key, trackers]);

  return null;
}

function reload(running: { stop?: () => void }): void {
  running.stop?.();
  location.reload();
}
