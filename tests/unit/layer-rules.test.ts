import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const probes: string[] = [];

/** Writes a one-import file at `folder` and returns whether `biome lint` rejects that import. */
function importIsRestricted(folder: string, specifier: string): boolean {
  const file = path.join(ROOT, folder, `layer-probe-${randomUUID().slice(0, 8)}.ts`);
  probes.push(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Starts like every server file, so the server-only check below can run beside it.
  fs.writeFileSync(
    file,
    `import "server-only";\nimport { probe } from "${specifier}";\n\nexport const used = probe;\n`,
  );
  try {
    execFileSync(path.join(ROOT, "node_modules/.bin/biome"), ["lint", "--reporter=json", file], {
      cwd: ROOT,
      stdio: "pipe",
    });
    return false;
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? "");
    return output.includes("noRestrictedImports");
  }
}

afterAll(() => {
  for (const file of probes) fs.rmSync(file, { force: true });
});

// Each case runs Biome once (about a second, more on a busy machine).
describe("layer rules (npm run lint)", { timeout: 30_000 }, () => {
  it.each([
    ["src/app/admin", "@/platform/db"],
    ["src/app", "@/generated/prisma/client"],
    ["src/ui", "@/platform/database/connection"],
    ["src/features/consent/ui", "@/platform/db"],
    ["src/features/privacy/domain", "@/platform/env"],
    ["src/features/privacy/domain", "@/platform/db"],
    ["src/features/privacy/domain", "@/features/consent/server"],
    ["src/features/privacy/domain", "@/generated/prisma/client"],
    ["src/features/privacy/domain", "next/navigation"],
    ["src/features/privacy/domain", "react"],
    ["src/platform/time", "@/platform/log"],
    ["src/platform/mail", "@/platform/database/connection"],
    // Across features only through the public surface (index.ts, server/index.ts, ui/index.ts).
    ["src/app/min-side", "@/features/consumption/server/consumption"],
    ["src/app/min-side", "@/features/pricing/domain/cost"],
    ["src/features/privacy/server", "@/features/sign-in/server/session-store"],
    ["src/features/privacy/server", "@/features/consent/domain"],
    // A route imports features; a feature never imports a route.
    ["src/features/privacy/ui", "@/app/min-side/personvern/actions"],
    ["src/features/privacy/server", "@/app/admin/actions"],
    ["src/ui", "@/app/admin/actions"],
  ])("a file in %s may not import %s", (folder, specifier) => {
    expect(importIsRestricted(folder, specifier)).toBe(true);
  });

  it.each([
    ["src/features/privacy/server", "@/platform/db"],
    ["src/platform/database", "@/platform/db"],
    ["src/app/admin", "@/features/customers/server"],
    ["src/app/admin", "@/features/customers/ui"],
    ["src/features/privacy/server", "@/features/sign-in/server"],
    ["src/features/privacy/domain", "@/features/pricing"],
    ["src/features/privacy/domain", "@/platform/time/oslo-calendar"],
    ["src/app/admin", "@/app/admin/actions"],
    ["src/app/min-side", "@/features/sign-in/routes"],
  ])("a file in %s may import %s", (folder, specifier) => {
    expect(importIsRestricted(folder, specifier)).toBe(false);
  });
});

describe("function length (npm run lint)", { timeout: 30_000 }, () => {
  /** Writes a file with one function of `lines` statements and returns whether `biome lint` rejects it. */
  function functionIsTooLong(lines: number): boolean {
    const file = path.join(
      ROOT,
      "src/features/privacy/domain",
      `length-probe-${randomUUID().slice(0, 8)}.ts`,
    );
    probes.push(file);
    const body = Array.from({ length: lines }, (_, i) => `  total += ${i};`).join("\n");
    fs.writeFileSync(
      file,
      `export function probe(): number {\n  let total = 0;\n${body}\n  return total;\n}\n`,
    );
    try {
      execFileSync(path.join(ROOT, "node_modules/.bin/biome"), ["lint", "--reporter=json", file], {
        cwd: ROOT,
        stdio: "pipe",
      });
      return false;
    } catch (error) {
      return String((error as { stdout?: Buffer }).stdout ?? "").includes("noExcessiveLinesPerFunction");
    }
  }

  it("rejects a function body over 80 lines and accepts a shorter one", () => {
    expect(functionIsTooLong(80)).toBe(true);
    expect(functionIsTooLong(76)).toBe(false);
  });
});

describe("server code", () => {
  it('every file in a feature\'s server folder starts with import "server-only", so it never reaches a browser bundle', () => {
    const features = fs.readdirSync(path.join(ROOT, "src/features"));
    const files = features.flatMap((feature) => {
      const folder = path.join("src/features", feature, "server");
      if (!fs.existsSync(path.join(ROOT, folder))) return [];
      return (fs.readdirSync(path.join(ROOT, folder), { recursive: true }) as string[])
        .filter((file) => file.endsWith(".ts"))
        .map((file) => path.join(folder, file));
    });
    // The platform's pure modules (time, formats, identifiers) and two constant files are shared with the browser.
    const shared =
      /^src\/platform\/(time|format|identifiers)\/|^src\/platform\/(form-state|http\/http-policy)\.ts$/;
    files.push(
      ...(fs.readdirSync(path.join(ROOT, "src/platform"), { recursive: true }) as string[])
        .filter((file) => file.endsWith(".ts"))
        .map((file) => path.join("src/platform", file))
        .filter((file) => !shared.test(file)),
    );
    expect(files.length).toBeGreaterThan(10);
    const missing = files.filter((file) => {
      const statements = fs
        .readFileSync(path.join(ROOT, file), "utf8")
        .split("\n")
        .filter((line) => line.trim() && !/^\s*(\/\/|\/\*|\*)/.test(line) && line.trim() !== '"use server";');
      return statements[0] !== 'import "server-only";';
    });
    expect(missing).toEqual([]);
  });
});
