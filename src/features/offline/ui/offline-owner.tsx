"use client";

import { useEffect } from "react";
import { OWNER_ATTRIBUTE, UNTIL_ATTRIBUTE } from "../domain/owner-marker";
import { tellWorker } from "./worker-channel";

/**
 * In the site header of every page: who is signed in, for the service worker. The hidden marker is
 * what the worker reads in a page it keeps; the message tells it on every page (a sign-out lands on a
 * page without an owner, another person's sign-in on one with another), so it drops the copies.
 */
export function OfflineOwner({ owner, until }: { owner: string | null; until: number | null }) {
  useEffect(() => {
    void tellWorker({ type: "offline-owner", owner, until });
  }, [owner, until]);
  if (!owner || until === null) return null;
  return <span hidden {...{ [OWNER_ATTRIBUTE]: owner, [UNTIL_ATTRIBUTE]: String(until) }} />;
}
