// npm run bench:consent [-- --build]: how much JavaScript the cookie consent layer adds to a page,
// gzipped, read from the production build in .next (built first when there is none, or with --build).
// Prints figures; it is not a test.
//
// Turbopack puts each module in a chunk as `id, factory` pairs. This script evaluates the chunks
// to get every module's code, follows the imports between modules, and counts the modules that
// only the consent layer's client components (src/features/consent/ui/) bring in: everything the
// rest of the app also loads (React, Next.js, the layout's other components) is shared JavaScript a
// page pays for anyway, and is reported separately for comparison. Checked: the build has the consent
// components and their modules, so a changed chunk format cannot pass as 0 kB (exit code 1 if not).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { checkAtLeast, exitOnBenchFailure, loadAverage } from "./lib/bench-check";

exitOnBenchFailure("bench:consent");

const NEXT_DIR = ".next";
const CHUNKS_DIR = path.join(NEXT_DIR, "static/chunks");
const CONSENT_SOURCES = "/src/features/consent/ui/";
/** The budget for the banner's own client JavaScript, gzipped. */
const BUDGET_BYTES = 5_000;
/** Published figures for the widely used alternatives, gzipped. */
const ALTERNATIVES = "vanilla-cookieconsent ~10 kB, Fides ~32 kB, Klaro! ~69 kB";

if (process.argv.includes("--build") || !fs.existsSync(path.join(NEXT_DIR, "BUILD_ID"))) {
  console.log("Building the production bundle (next build) …");
  execFileSync(path.join("node_modules", ".bin", "next"), ["build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

interface Module {
  id: number;
  code: string;
  chunk: string;
}

/** Every module of every client chunk, by id. */
function readModules(): Map<number, Module> {
  const modules = new Map<number, Module>();
  for (const file of fs.readdirSync(CHUNKS_DIR).filter((f) => f.endsWith(".js"))) {
    const pushed: unknown[][] = [];
    const sandbox: Record<string, unknown> = {
      TURBOPACK: { push: (entry: unknown[]) => pushed.push(entry) },
    };
    sandbox.globalThis = sandbox;
    try {
      vm.runInNewContext(fs.readFileSync(path.join(CHUNKS_DIR, file), "utf8"), sandbox, { timeout: 2000 });
    } catch {
      continue; // the runtime and polyfill chunks do more than register modules
    }
    for (const entry of pushed) {
      for (let i = 1; i + 1 < entry.length; i += 2) {
        const [id, factory] = [entry[i], entry[i + 1]];
        if (typeof id === "number" && typeof factory === "function") {
          modules.set(id, { id, code: factory.toString(), chunk: file });
        }
      }
    }
  }
  return modules;
}

/** Client components by source path, from every page's client reference manifest. */
function readClientEntries(): Map<string, number> {
  const entries = new Map<string, number>();
  const manifests = (
    fs.readdirSync(path.join(NEXT_DIR, "server/app"), { recursive: true }) as string[]
  ).filter((f) => f.endsWith("_client-reference-manifest.js"));
  for (const manifest of manifests) {
    const sandbox: Record<string, unknown> = {};
    sandbox.globalThis = sandbox;
    vm.runInNewContext(fs.readFileSync(path.join(NEXT_DIR, "server/app", manifest), "utf8"), sandbox);
    const pages = sandbox.__RSC_MANIFEST as Record<string, { clientModules: Record<string, { id: number }> }>;
    for (const page of Object.values(pages)) {
      for (const [source, { id }] of Object.entries(page.clientModules)) entries.set(source, Number(id));
    }
  }
  return entries;
}

/** The ids a module imports: `e.i(123)` and `e.r(123)` at once, `e.A(123)` later (a lazy chunk). */
function importsOf(module: Module, kind: "sync" | "async"): number[] {
  const param = /^(?:async\s*)?\(?\s*([\w$]+)/.exec(module.code)?.[1] ?? "e";
  const methods = kind === "sync" ? "[ir]" : "A";
  const pattern = new RegExp(`\\b${param.replace("$", "\\$")}\\.${methods}\\((\\d+)\\)`, "g");
  return [...module.code.matchAll(pattern)].map((match) => Number(match[1]));
}

function reachable(seeds: Iterable<number>, modules: Map<number, Module>): Set<number> {
  const seen = new Set<number>();
  const queue = [...seeds];
  while (queue.length) {
    const id = queue.pop() as number;
    const module = modules.get(id);
    if (seen.has(id) || !module) continue;
    seen.add(id);
    queue.push(...importsOf(module, "sync"));
  }
  return seen;
}

/** The modules in the chunks an async loader module fetches. */
function lazilyLoaded(loaderIds: Iterable<number>, modules: Map<number, Module>): number[] {
  const chunks = new Set<string>();
  for (const id of loaderIds) {
    for (const match of modules.get(id)?.code.matchAll(/static\/chunks\/([\w.-]+\.js)/g) ?? []) {
      chunks.add(match[1] as string);
    }
  }
  return [...modules.values()].filter((m) => chunks.has(m.chunk)).map((m) => m.id);
}

const gzipped = (code: string) => gzipSync(code).length;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const count = (n: number) => `${n} module${n === 1 ? "" : "s"}`;
const codeOf = (ids: Iterable<number>, modules: Map<number, Module>) =>
  [...ids].map((id) => modules.get(id)?.code ?? "").join(",");

const modules = readModules();
const entries = readClientEntries();
const consentEntries = [...entries].filter(([source]) => source.includes(CONSENT_SOURCES));

const buildManifest = JSON.parse(fs.readFileSync(path.join(NEXT_DIR, "build-manifest.json"), "utf8")) as {
  rootMainFiles: string[];
};
const frameworkChunks = new Set(buildManifest.rootMainFiles.map((file) => path.basename(file)));
const frameworkModules = [...modules.values()].filter((m) => frameworkChunks.has(m.chunk)).map((m) => m.id);
const otherEntries = [...entries].filter(([source]) => !source.includes(CONSENT_SOURCES)).map(([, id]) => id);
const shared = reachable([...frameworkModules, ...otherEntries], modules);

const consent = reachable(
  consentEntries.map(([, id]) => id),
  modules,
);
const eager = [...consent].filter((id) => !shared.has(id));
// The small loader modules of a lazy import are fetched with the page; what they load is not.
const loaders = eager.flatMap((id) => {
  const module = modules.get(id);
  return module ? importsOf(module, "async") : [];
});
const own = [...eager, ...loaders.filter((id) => !shared.has(id))];
const lazy = [...reachable(lazilyLoaded(loaders, modules), modules)].filter(
  (id) => !shared.has(id) && !own.includes(id),
);

const ownCode = codeOf(own, modules);
const lazyCode = codeOf(lazy, modules);
const sharedBytes = [...new Set([...shared].map((id) => modules.get(id)?.chunk))]
  .filter((chunk): chunk is string => Boolean(chunk))
  .reduce((sum, chunk) => sum + gzipped(fs.readFileSync(path.join(CHUNKS_DIR, chunk), "utf8")), 0);

const rows: [string, string][] = [
  [
    "Banner, settings and tracker loader, on every page",
    `${kB(gzipped(ownCode))} gzipped (${count(own.length)}, ${kB(ownCode.length)} minified)`,
  ],
  [
    "Tracker start-up, only where a tracker may run, after consent",
    `${kB(gzipped(lazyCode))} gzipped (${count(lazy.length)}, ${kB(lazyCode.length)} minified)`,
  ],
  [
    "Budget for the banner's own JavaScript",
    `${kB(BUDGET_BYTES)} gzipped: ${gzipped(ownCode) <= BUDGET_BYTES ? "within" : "OVER"} budget`,
  ],
  ["The app's shared JavaScript, for comparison", `${kB(sharedBytes)} gzipped, on every page anyway`],
  ["Widely used banners, their own JavaScript", ALTERNATIVES],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\n${loadAverage()} (sizes do not move with it)`);
checkAtLeast("modules read from the build's client chunks", modules.size, 1);
checkAtLeast("consent client components in the build", consentEntries.length, 1);
checkAtLeast("modules only the consent layer brings to every page", own.length, 1);
checkAtLeast("modules loaded after consent", lazy.length, 1);
console.log("\nCookie consent: client JavaScript beyond the app's shared JavaScript (next build in .next)\n");
for (const [label, figure] of rows) console.log(`  ${label.padEnd(width)}  ${figure}`);
console.log(`\n  Client components: ${consentEntries.map(([source]) => path.basename(source)).join(", ")}\n`);
