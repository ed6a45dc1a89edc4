// The service worker's script (/serwist/sw.js), bundled from src/app/sw.ts by Serwist at build time
// with the list of files to precache, and served with Service-Worker-Allowed: / so it controls the site.
import { randomUUID } from "node:crypto";
import { createSerwistRoute } from "@serwist/turbopack";

// The offline page changes with each build (its scripts' names): a new revision fetches it anew.
const BUILD_REVISION = randomUUID();

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "src/app/sw.ts",
  useNativeEsbuild: true,
  additionalPrecacheEntries: [{ url: "/frakoblet", revision: BUILD_REVISION }],
});
