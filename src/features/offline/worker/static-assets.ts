// Static files outside the precache list (a chunk of a newer build, the icons): cache first, as
// their names change with their content. Nothing else is cached: a route not listed goes to the network.
import { CacheFirst, ExpirationPlugin, type RuntimeCaching } from "serwist";

export function staticAssetRoutes(): RuntimeCaching[] {
  return [
    {
      matcher: ({ sameOrigin, url }) =>
        sameOrigin && (url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/ikon/")),
      handler: new CacheFirst({
        cacheName: "static-assets",
        plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 60 * 60 })],
      }),
    },
  ];
}
