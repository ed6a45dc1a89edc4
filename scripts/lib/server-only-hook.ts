// Scripts run server code outside Next.js. There, `import "server-only"` (a bundler marker that keeps
// secrets out of client bundles) would throw; resolving it with the "react-server" condition gives
// its empty module, exactly as in Next's server build. Import this first, then import server code
// dynamically: static imports are resolved before any module body runs.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier !== "server-only") return next(specifier, context);
  return next(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}`;

register(`data:text/javascript,${encodeURIComponent(hook)}`);
