// Next.js decodes a dynamic route segment with decodeURIComponent, and a segment that does not decode
// (`/henvendelse/%ZZ`, a cut-off UTF-8 sequence) made it answer a bare 500 without our headers. The
// server in front of Next.js (scripts/lib/http-front.ts) asks this first and answers 400.
import "server-only";

/** The path of a request target: origin-form ("/a?b") as browsers send it, or absolute-form. */
function pathOf(target: string): string {
  const path = target.startsWith("/") ? target : target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "");
  return path.split(/[?#]/, 1)[0] ?? "";
}

/** True when every percent-escape in the request's path decodes to UTF-8 text; the query is not looked at. */
export function isDecodablePath(target: string): boolean {
  try {
    decodeURIComponent(pathOf(target));
    return true;
  } catch {
    return false;
  }
}
