import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MAX_LINES = 250;

/** Pure data, longer because the data is. */
const DATA_FILES = [
  "src/features/privacy/domain/register.ts",
  "src/platform/registries/simulator/people.ts",
  // The register's fields mapped to every column of the schema: a table, one line per column.
  "src/features/privacy/server/personal-data-columns.ts",
];

function sourceFiles(): string[] {
  return (fs.readdirSync(path.join(ROOT, "src"), { recursive: true }) as string[])
    .map((file) => path.join("src", file))
    .filter((file) => /\.(ts|tsx)$/.test(file) && !file.startsWith("src/generated/"));
}

describe("file size (one job per file)", () => {
  it(`no file in src/ is over ${MAX_LINES} lines but the named data files`, () => {
    const long = sourceFiles().filter(
      (file) => fs.readFileSync(path.join(ROOT, file), "utf8").split("\n").length - 1 > MAX_LINES,
    );
    expect(long.filter((file) => !DATA_FILES.includes(file))).toEqual([]);
  });

  it("the exceptions name files that exist and are still long", () => {
    for (const file of DATA_FILES) {
      const lines = fs.readFileSync(path.join(ROOT, file), "utf8").split("\n").length - 1;
      expect(lines, file).toBeGreaterThan(MAX_LINES);
    }
  });
});
