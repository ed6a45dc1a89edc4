import { describe, expect, it } from "vitest";
import { openDatabase } from "@/platform/database/connection";
import { newPGlite } from "@/platform/database/embedded";

// A server short of CPU keeps its connections busy for longer than Prisma's default 2 s wait: the next
// request's transaction must wait its turn, not fail with P2028 (a 500 for the user).
describe("a transaction waiting for the only connection", () => {
  const hold = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it("waits past Prisma's default 2 s for a busy pool and then runs", async () => {
    const connection = process.env.DATABASE_URL
      ? openDatabase({ url: process.env.DATABASE_URL, poolSize: 1 })
      : openDatabase({ pglite: newPGlite() });
    try {
      await connection.prisma.$queryRaw`SELECT 1`;
      const first = connection.prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        await hold(3_000);
        return "first";
      });
      await hold(100);
      const second = connection.prisma.$transaction(async (tx) => {
        const [row] = await tx.$queryRaw<{ n: number }[]>`SELECT 2 AS n`;
        return row?.n;
      });
      expect(await Promise.all([first, second])).toEqual(["first", 2]);
    } finally {
      await connection.close();
    }
  }, 20_000);
});
