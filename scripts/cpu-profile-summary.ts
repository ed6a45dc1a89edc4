// Where a server's CPU went: sums the self time of a .cpuprofile (node --cpu-prof, as
// `BENCH_PROFILE=<dir> npm run bench:pages` writes) per package or source folder, and per function.
// With the bench's windows.json, per page: only the samples taken while that page's batches ran,
// divided by its requests (ms per request), so start-up and warm-up are left out.
// Usage: npx tsx scripts/cpu-profile-summary.ts <file.cpuprofile> [windows.json] [top, default 25]
import fs from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface Window {
  label: string;
  start: number;
  end: number;
  requests: number;
}

const [file, windowsFile, topArg] = process.argv.slice(2);
if (!file) {
  console.error("Usage: npx tsx scripts/cpu-profile-summary.ts <file.cpuprofile> [windows.json] [top]");
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

/** The package (node_modules/<name>), a Next-compiled one, our bundle, or what V8 calls it. */
function owner(url: string, functionName: string): string {
  const compiled = /next\/dist\/compiled\/([^/]+)/.exec(url);
  if (compiled) return `next/compiled/${compiled[1]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  const chunk = /\.next[^/]*\/server\/(chunks\/ssr|chunks|app)\//.exec(url);
  if (chunk) return `bundle ${chunk[1]}`;
  if (url.startsWith("node:")) return "node (built-in)";
  if (!url) return `(${functionName || "native"})`;
  return url.replace(/^file:\/\//, "").replace(process.cwd(), ".");
}

type Sums = { total: number; owners: Map<string, number>; functions: Map<string, number> };
const newSums = (): Sums => ({ total: 0, owners: new Map(), functions: new Map() });
const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);

const windows: Window[] = windowsFile ? JSON.parse(fs.readFileSync(windowsFile, "utf8")) : [];
const perLabel = new Map<string, Sums>();
const all = newSums();
let time = profile.startTime;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  time += delta;
  const node = byId.get(id);
  if (!node) return;
  const ms = delta / 1000;
  const { functionName, url, lineNumber } = node.callFrame;
  if (functionName === "(idle)") return;
  const who = owner(url, functionName);
  const fn = `${functionName || "(anonymous)"}  ${who}:${lineNumber + 1}`;
  const window = windows.find((w) => time >= w.start && time < w.end);
  const targets = [all];
  if (window) {
    if (!perLabel.has(window.label)) perLabel.set(window.label, newSums());
    targets.push(perLabel.get(window.label) as Sums);
  }
  for (const sums of targets) {
    sums.total += ms;
    add(sums.owners, who, ms);
    add(sums.functions, fn, ms);
  }
});

const sorted = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
const line = (ms: number, name: string, unit: string) => `  ${ms.toFixed(2).padStart(8)} ${unit}  ${name}`;

if (windows.length === 0) {
  console.log(`${file}: ${all.total.toFixed(0)} ms busy (idle left out), the whole run`);
  for (const [name, ms] of sorted(all.owners, top)) console.log(line(ms, name, "ms"));
  console.log("By function:");
  for (const [name, ms] of sorted(all.functions, top)) console.log(line(ms, name, "ms"));
} else {
  for (const [label, sums] of perLabel) {
    const requests = windows.filter((w) => w.label === label).reduce((n, w) => n + w.requests, 0);
    console.log(
      `\n${label}: ${(sums.total / requests).toFixed(2)} ms sampled per request (${requests} requests)`,
    );
    for (const [name, ms] of sorted(sums.owners, top)) console.log(line(ms / requests, name, "ms/req"));
    console.log("  by function:");
    for (const [name, ms] of sorted(sums.functions, top)) console.log(line(ms / requests, name, "ms/req"));
  }
}
