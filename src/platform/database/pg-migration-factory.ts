// Wraps adapter-pg for the schema engine, fixing three things in @prisma/adapter-pg 7.10.1:
// executeScript splits a script at every ";" (breaking function bodies), connectToShadowDb lets the
// URL's database override the shadow's name, and it drops the shadow before closing its pool.
import "server-only";
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { pgConfigFromUrl } from "./pg-config";

async function connectWholeScripts(pool: pg.Pool, options?: { schema: string }): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPg(pool, options).connect();
  // One simple-protocol query runs the whole script as one implicit transaction.
  adapter.executeScript = async (script) => {
    await pool.query(script);
  };
  return adapter;
}

export type MigrationAdapterFactory = SqlMigrationAwareDriverAdapterFactory & {
  /** Ends every connection the schema engine opened (it does not dispose them itself). */
  close(): Promise<void>;
};

export function createPgMigrationFactory(url: string): MigrationAdapterFactory {
  const { config, options } = pgConfigFromUrl(url);
  const pools: pg.Pool[] = [];
  const pool = (extra: pg.PoolConfig = {}) => {
    const created = new pg.Pool({ ...config, ...extra });
    pools.push(created);
    return created;
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectWholeScripts(pool(), options),
    async close() {
      await Promise.all(pools.map((p) => p.end().catch(() => undefined)));
    },
    async connectToShadowDb() {
      const admin = pool({ max: 1 });
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadow = await connectWholeScripts(pool({ database: name }), options);
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return shadow;
    },
  };
}
