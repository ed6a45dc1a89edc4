import "server-only";
// A GET that writes something a person will read later (an audited look at a customer) must come
// from our own pages or the address bar, not a link on another site: the session cookie is SameSite=lax,
// so such a link would carry it and write a real-looking row into the customer's "who has looked".
import { headers } from "next/headers";

/** True for a request from one of our own pages or typed by the user; false for another site's link. */
export async function requestedFromOwnSite(): Promise<boolean> {
  const site = (await headers()).get("sec-fetch-site");
  // Browsers too old to send the header are let through: the reason picker still had to be used once.
  return site === null || site === "same-origin" || site === "none";
}
