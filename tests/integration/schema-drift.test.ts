// `npm run db:check` (CI, right after Typecheck): the schema and the migrations must build the same database.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const SCHEMA = "prisma/schema.prisma";
// Each check starts tsx and replays every migration into a fresh PGlite: tens of seconds on a busy machine.
const CHECK_TIMEOUT = 180_000;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "schema-drift-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

type Outcome = { exitCode: number; stdout: string; stderr: string };

/** Runs `scripts/migrate.ts check` as CI does, on the real schema or on another schema file. */
async function runCheck(schemaPath?: string): Promise<Outcome> {
  const loaders = ["--import", "tsx", "--import", "./scripts/lib/server-only-hook.ts"];
  const args = [...loaders, "scripts/migrate.ts", "check", ...(schemaPath ? [schemaPath] : [])];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args);
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { exitCode: code, stdout, stderr };
  }
}

describe("the schema drift check", { timeout: CHECK_TIMEOUT }, () => {
  it("passes on the repository: every model and column has its migration", async () => {
    const outcome = await runCheck();
    expect(outcome.stderr).toBe("");
    expect(outcome).toMatchObject({ exitCode: 0, stdout: expect.stringContaining("agree") });
  });

  it("fails on a schema with a column no migration adds, naming the table and the column", async () => {
    const drifted = path.join(scratch, "schema.prisma");
    const schema = fs.readFileSync(SCHEMA, "utf8");
    expect(schema).toContain("model Customer {\n");
    fs.writeFileSync(
      drifted,
      schema.replace("model Customer {\n", "model Customer {\n  driftProbe String?\n"),
    );

    const outcome = await runCheck(drifted);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toMatch(/ALTER TABLE "Customer" ADD COLUMN +"driftProbe" TEXT/);
    expect(outcome.stderr).toContain("npm run db:migrate:create");
  });
});
