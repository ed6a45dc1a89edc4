import { describe, expect, it } from "vitest";
import { db } from "@/platform/db";
import { hitRateLimit } from "@/platform/rate-limit";

const MINUTE = 60_000;

describe("rate limiter (fixed window in RateLimitBucket)", () => {
  it("allows hits up to the limit, refuses the next, and starts over when the window has passed", async () => {
    const rule = { limit: 3, windowMs: 15 * MINUTE };
    const start = new Date("2026-03-02T08:00:00Z");
    const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);

    const results = [];
    for (const minute of [0, 1, 2, 3, 14])
      results.push(await hitRateLimit("test-window", "a", rule, at(minute)));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    expect(results[3]?.resetAt).toEqual(at(15));

    const fresh = await hitRateLimit("test-window", "a", rule, at(15));
    expect(fresh).toEqual({ allowed: true, count: 1, resetAt: at(30) });
  });

  it("counts each scope and identifier separately", async () => {
    const rule = { limit: 1, windowMs: MINUTE };
    const now = new Date("2026-03-02T09:00:00Z");
    expect((await hitRateLimit("test-scope-a", "x", rule, now)).allowed).toBe(true);
    expect((await hitRateLimit("test-scope-a", "x", rule, now)).allowed).toBe(false);
    expect((await hitRateLimit("test-scope-a", "y", rule, now)).allowed).toBe(true);
    expect((await hitRateLimit("test-scope-b", "x", rule, now)).allowed).toBe(true);
  });

  it("is atomic: 50 concurrent hits let exactly the limit through", async () => {
    const rule = { limit: 10, windowMs: 15 * MINUTE };
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 50 }, () => hitRateLimit("test-concurrent", "203.0.113.9", rule, now)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
  });

  it("P20: stores a keyed hash of what it counts, never the IP address or email itself", async () => {
    const rule = { limit: 5, windowMs: MINUTE };
    await hitRateLimit("test-privacy", "198.51.100.23", rule);
    await hitRateLimit("test-privacy", "kari.nordmann@example.com", rule);
    await hitRateLimit("test-privacy", "kari.nordmann@example.com", rule);

    const buckets = await db.rateLimitBucket.findMany({ where: { key: { startsWith: "test-privacy:" } } });
    expect(buckets).toHaveLength(2);
    for (const { key } of buckets) {
      expect(key).not.toContain("198.51.100.23");
      expect(key).not.toContain("kari");
      expect(key).toMatch(/^test-privacy:[A-Za-z0-9_-]{43}$/);
    }
    expect(buckets.map((b) => b.count).sort()).toEqual([1, 2]);
  });
});
