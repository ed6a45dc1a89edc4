import path from "node:path";

/** Node arguments that run a TypeScript script which imports server code (see server-only-hook.ts). */
export const TSX_WITH_SERVER_CODE = [
  path.join("node_modules", "tsx", "dist", "cli.mjs"),
  "--import",
  "./scripts/lib/server-only-hook.ts",
];
