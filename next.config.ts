import type { NextConfig } from "next";
import { MAX_POST_BYTES, SECURITY_HEADERS } from "./src/platform/http/http-policy";

// `npm run bench:pages` builds with BENCH_BUILD=1: then files named page.bench.tsx are pages too (an
// empty page of each layout, to measure what a page costs beyond it), and the build goes to its own
// folder so it never replaces the normal one. A normal build serves no such page.
const benchBuild = process.env.BENCH_BUILD === "1";

const nextConfig: NextConfig = {
  // PGlite, pg-boss and argon2 load WebAssembly or native code at run time, and pdfkit its font metrics
  // from node_modules: keep them out of the bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "pg-boss",
    "@node-rs/argon2",
    "pdfkit",
    // Serwist bundles the service worker with esbuild in its route (src/app/serwist/[path]/route.ts).
    "esbuild",
  ],
  poweredByHeader: false,
  ...(benchBuild ? { pageExtensions: ["tsx", "ts", "jsx", "js", "bench.tsx"], distDir: ".next-bench" } : {}),
  experimental: {
    // src/proxy.ts answers bigger posts with 413 first; Next's own limit (a 500 when hit) is kept equal.
    serverActions: { bodySizeLimit: MAX_POST_BYTES },
    // The copy of each body that the proxy counts. A longer body is cut off here, which still exceeds
    // MAX_POST_BYTES by far more than one network chunk, so the proxy sees it is too big.
    proxyClientMaxBodySize: 2 * MAX_POST_BYTES,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [...SECURITY_HEADERS],
      },
    ];
  },
};

export default nextConfig;
