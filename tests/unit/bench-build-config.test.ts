import { afterEach, describe, expect, it, vi } from "vitest";

// The empty pages of `npm run bench:pages` (src/app/**/page.bench.tsx) are pages only in the benchmark
// build: a normal build must neither route them nor share a folder with that build.
async function configWith(benchBuild: string | undefined) {
  vi.resetModules();
  vi.stubEnv("BENCH_BUILD", benchBuild);
  return (await import("../../next.config")).default;
}

afterEach(() => vi.unstubAllEnvs());

describe("the benchmark build", () => {
  it("a normal build keeps Next's page extensions and .next, so page.bench.tsx is no page", async () => {
    for (const value of [undefined, "", "0"]) {
      const config = await configWith(value);
      expect(config.pageExtensions).toBeUndefined();
      expect(config.distDir).toBeUndefined();
    }
  });

  it("BENCH_BUILD=1 adds bench.tsx pages and builds into .next-bench", async () => {
    const config = await configWith("1");
    expect(config.pageExtensions).toEqual(["tsx", "ts", "jsx", "js", "bench.tsx"]);
    expect(config.distDir).toBe(".next-bench");
  });
});
