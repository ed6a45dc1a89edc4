// Scripts run server code outside Next.js. There, `import "server-only"` (a bundler marker that keeps
// secrets out of client bundles) would throw; resolving it with the "react-server" condition gives
// its empty module, exactly as in Next's server build. Preloaded with `tsx --import` (see
// package.json and TSX_WITH_SERVER_CODE), so it is in place before any script module is resolved.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier !== "server-only") return next(specifier, context);
  return next(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}`;

register(`data:text/javascript,${encodeURIComponent(hook)}`);
