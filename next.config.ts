import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./src/lib/http-policy";

const nextConfig: NextConfig = {
  // PGlite, pg-boss and argon2 load WebAssembly or native code at run time: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg-boss", "@node-rs/argon2"],
  poweredByHeader: false,
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
