import "server-only";
// The Content-Security-Policy of every page. Scripts run only from our origin or with this
// response's nonce, and a tracker's hosts are listed only in a response to a visitor who has
// consented to that tracker, on a page where it may run: the browser itself refuses a tracker that
// our own code would load by mistake. No 'strict-dynamic', which would let a trusted script load
// from any host and make those host lists meaningless.
import type { TrackerIds } from "@/features/consent";
import { TRACKERS, type TrackerHosts } from "@/features/privacy";

export interface PolicyInput {
  nonce: string;
  trackers: TrackerIds;
  /** next dev: React needs eval for its debugging, and styles are injected inline. */
  development: boolean;
  /** Served over https: ask the browser to upgrade any http subresource. */
  https: boolean;
}

export function contentSecurityPolicy({ nonce, trackers, development, https }: PolicyInput): string {
  const allowed = TRACKERS.filter((tracker) => trackers[tracker.id]).map(
    (tracker): TrackerHosts => tracker.hosts,
  );
  const hosts = (kind: keyof TrackerHosts) => allowed.flatMap((h) => h[kind] ?? []);
  const frames = hosts("frame");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      `'nonce-${nonce}'`,
      ...(development ? ["'unsafe-eval'"] : []),
      ...hosts("script"),
    ],
    ["style-src", "'self'", development ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    ["img-src", "'self'", "data:", "blob:", ...hosts("img")],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...hosts("connect")],
    ["frame-src", ...(frames.length ? frames : ["'none'"])],
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}
