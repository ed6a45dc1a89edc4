import { afterAll, beforeAll, inject } from "vitest";
import { overrideDatabaseForTests } from "@/platform/db";
import { openTestDatabase } from "./test-database";

let dispose: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const opened = await openTestDatabase(inject("databaseTemplate"));
  overrideDatabaseForTests(opened.connection);
  dispose = opened.dispose;
});

afterAll(async () => {
  await dispose?.();
});
