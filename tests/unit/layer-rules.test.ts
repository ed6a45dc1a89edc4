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

describe("layer rules (npm run lint)", () => {
  it.each([
    ["src/app/admin", "@/server/db"],
    ["src/app", "@/generated/prisma/client"],
    ["src/components/ui", "@/server/database/connection"],
    ["src/domain", "@/server/env"],
    ["src/domain", "@/generated/prisma/client"],
    ["src/domain", "next/navigation"],
    ["src/domain", "react"],
    ["src/server/auth", "@/server/db"],
    ["src/server/mail", "@/server/database/connection"],
  ])("a file in %s may not import %s", (folder, specifier) => {
    expect(importIsRestricted(folder, specifier)).toBe(true);
  });

  it.each([
    ["src/server/services", "@/server/db"],
    ["src/app/admin", "@/server/services/customer-search"],
    ["src/server/auth", "@/domain/credentials"],
  ])("a file in %s may import %s", (folder, specifier) => {
    expect(importIsRestricted(folder, specifier)).toBe(false);
  });
});

describe("server code", () => {
  it('every file under src/server starts with import "server-only", so it never reaches a browser bundle', () => {
    const files = (fs.readdirSync(path.join(ROOT, "src/server"), { recursive: true }) as string[])
      .filter((file) => file.endsWith(".ts"))
      .map((file) => path.join("src/server", file));
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
