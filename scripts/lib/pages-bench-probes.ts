// What `npm run bench:pages` requests, and how it knows each answer is the real page: the page's
// heading and a figure or name from the seeded data (a login page, a 404 or an "open from here" page
// has neither).
import fs from "node:fs";
import type { PagesBenchData } from "./pages-bench-setup";

export interface PageProbe {
  label: string;
  url: string;
  init: () => RequestInit;
  /** What is wrong with the body, or null. */
  check: (body: string) => string | null;
  /** The label of the empty page of the same layout, which this page's cost is divided by. */
  emptyPage?: string;
}

const EMPTY_MIN_SIDE = "/min-side/tom (empty page, bench build only)";
const EMPTY_ADMIN = "/admin/tom (empty page, bench build only)";

/** A path as the table shows it: ids as [id]. */
const shortLabel = (path: string) => path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "[id]");

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A check that every one of `needles` is in the body (a string, or a pattern). */
function shows(...needles: (string | RegExp)[]) {
  return (body: string) => {
    const missing = needles.find((n) => (typeof n === "string" ? !body.includes(n) : !n.test(body)));
    return missing === undefined ? null : `the answer lacks ${String(missing)}`;
  };
}

/** The id Next gave the customer search's server action in the bench build. */
function searchActionId(): string {
  const manifest = JSON.parse(
    fs.readFileSync(".next-bench/server/server-reference-manifest.json", "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === "searchCustomersAction",
  );
  if (!found) throw new Error("searchCustomersAction is not in the bench build's action manifest");
  return found[0];
}

export function pageProbes(data: PagesBenchData, base: string): PageProbe[] {
  const asCustomer = () => ({ headers: { cookie: data.customer.cookie, "sec-fetch-site": "same-origin" } });
  const asStaff = () => ({ headers: { cookie: data.staff.cookie, "sec-fetch-site": "same-origin" } });
  const lastYear = String(new Date().getFullYear() - 1);
  const figure = /data-testid="total-kwh">[^<]*[1-9]/;
  const subject = escapeHtml(data.threadSubject);
  const customerPage = (path: string, ...needles: (string | RegExp)[]): PageProbe => ({
    label: shortLabel(path),
    url: `${base}${path}`,
    init: asCustomer,
    check: shows(...needles),
    emptyPage: EMPTY_MIN_SIDE,
  });
  const staffPage = (path: string, ...needles: (string | RegExp)[]): PageProbe => ({
    label: shortLabel(path),
    url: `${base}${path}`,
    init: asStaff,
    check: shows(...needles),
    emptyPage: EMPTY_ADMIN,
  });
  const actionId = searchActionId();
  const search: PageProbe = {
    label: "/admin customer search (server action)",
    url: `${base}/admin`,
    init: () => {
      // What React's encodeReply sends for useActionState's (previous state, form data).
      const form = new FormData();
      form.set("_1_q", "Nordmann");
      form.set("_1_reason", "inquiry");
      form.set("0", JSON.stringify(["$undefined", "$K1"]));
      return {
        method: "POST",
        body: form,
        headers: { ...asStaff().headers, "next-action": actionId, accept: "text/x-component", origin: base },
      };
    },
    check: shows("Fant 1 kunde.", data.customer.name),
    emptyPage: EMPTY_ADMIN,
  };
  return [
    { label: "/api/health", url: `${base}/api/health`, init: () => ({}), check: shows('"ok"') },
    {
      label: EMPTY_MIN_SIDE,
      url: `${base}/min-side/tom`,
      init: asCustomer,
      check: shows('data-bench="tom-min-side"'),
    },
    customerPage("/min-side", new RegExp(`Hei, (<!-- -->)?${data.customer.name.split(" ")[0]}`), "kWh"),
    customerPage("/min-side/forbruk", ">Forbruk</h1>", figure),
    customerPage(`/min-side/forbruk?periode=ar&dato=${lastYear}&opplosning=dag`, ">Forbruk</h1>", figure),
    customerPage("/min-side/avtale", ">Avtale</h1>", "Spotpris"),
    customerPage("/min-side/faktura", ">Faktura</h1>", /\d kr/),
    customerPage(`/min-side/faktura/${data.invoiceId}`, /\d kr/),
    customerPage("/min-side/meldinger", ">Meldinger</h1>", subject),
    customerPage(`/min-side/meldinger/${data.threadId}`, `>${subject}</h1>`),
    customerPage("/min-side/profil", ">Profil</h1>", data.customer.email),
    customerPage("/min-side/personvern", ">Personvern</h1>", "Innsyn"),
    { label: EMPTY_ADMIN, url: `${base}/admin/tom`, init: asStaff, check: shows('data-bench="tom-admin"') },
    staffPage("/admin", ">Kundeservice</h1>"),
    search,
    staffPage(`/admin/kunder/${data.card.id}?grunn=inquiry`, data.card.name, "Faktura"),
    staffPage("/admin/meldinger", ">Meldinger fra kunder</h1>", escapeHtml(data.open.subject)),
    staffPage(`/admin/meldinger/${data.open.id}`, `>${escapeHtml(data.open.subject)}</h1>`),
    staffPage("/admin/personvernsaker", ">Personvernsaker</h1>", "Innsyn"),
    staffPage("/admin/kredittvurderinger", ">Kredittvurderinger</h1>"),
    staffPage("/admin/faktura", ">Fakturering</h1>", /\d kr/),
    staffPage("/admin/revisjonslogg", ">Revisjonslogg</h1>", "customer.view"),
  ];
}
