// One process owns an embedded data folder (issue #18): a second opener is refused before it touches
// the folder, the owner keeps every write, and a crashed owner's lock is taken over and reported.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/platform/database/connection";
import { DataFolderInUseError, lockDataFolder, lockFileOf } from "@/platform/database/data-folder-lock";
import { thisProcess } from "@/platform/database/lock-owner";
import { type Holder, holdDataFolder, type Refusal, raceForLock } from "../support/data-folder-holder";

let dataDir: string;
beforeEach(() => {
  dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "minside-lock-")), "pglite");
});
afterEach(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }));

function asHolder(result: Holder | Refusal): Holder {
  if ("refused" in result) throw new Error(`the folder was refused: ${result.stderr}`);
  return result;
}

async function notesIn(folder: string): Promise<string[]> {
  const connection = openDatabase({ dataDir: folder });
  try {
    const rows = await connection.prisma.$queryRaw<
      { text: string }[]
    >`SELECT text FROM lock_test_note ORDER BY text`;
    return rows.map((row) => row.text);
  } finally {
    await connection.close();
  }
}

// Each test opens a new data folder (initdb in WebAssembly) two or three times: seconds each on a busy machine.
describe("the embedded data folder's lock", { timeout: 180_000 }, () => {
  it("refuses a second process while the portal's process has the folder open, and the owner loses no write", async () => {
    const owner = asHolder(await holdDataFolder(dataDir));
    await owner.write("1 before");

    const second = await holdDataFolder(dataDir);
    expect(second).toMatchObject({ refused: true, exitCode: 3 });
    const { stderr } = second as Refusal;
    expect(stderr).toContain(`pid ${owner.pid}`);
    expect(stderr).toContain("Stop the portal");
    expect(stderr).toContain("Stopp portalen");

    await owner.write("2 after");
    await owner.close();
    expect(await notesIn(dataDir)).toEqual(["1 before", "2 after"]);
  });

  it("refuses a second open in the same process, and frees the folder on close", async () => {
    const first = openDatabase({ dataDir });
    await first.prisma.$executeRawUnsafe("SELECT 1");
    expect(() => openDatabase({ dataDir })).toThrow(DataFolderInUseError);
    await first.close();
    expect(fs.existsSync(lockFileOf(dataDir))).toBe(false);
    const again = openDatabase({ dataDir });
    await again.close();
  });

  it("takes over the lock of a killed owner, says whose it was, and finds every write it acknowledged", async () => {
    const owner = asHolder(await holdDataFolder(dataDir));
    await owner.write("acknowledged");
    await owner.kill();

    expect(JSON.parse(fs.readFileSync(lockFileOf(dataDir), "utf8")).pid).toBe(owner.pid);
    const lock = lockDataFolder(dataDir);
    expect(lock.replacedStaleOwner?.pid).toBe(owner.pid);
    lock.release();
    expect(await notesIn(dataDir)).toEqual(["acknowledged"]);
  });

  it.runIf(fs.existsSync("/proc/self/stat"))(
    "treats a lock as stale when its pid now belongs to another process (another start time)",
    () => {
      const reused = { ...thisProcess(), startTicks: (thisProcess().startTicks ?? 0) + 1 };
      fs.mkdirSync(path.dirname(dataDir), { recursive: true });
      fs.writeFileSync(lockFileOf(dataDir), JSON.stringify(reused));
      const lock = lockDataFolder(dataDir);
      expect(lock.replacedStaleOwner?.pid).toBe(process.pid);
      lock.release();
    },
  );

  it.runIf(fs.existsSync("/proc/self/stat"))(
    "of four processes that find the same stale lock at once, exactly one takes the folder",
    async () => {
      const stale = { ...thisProcess(), startTicks: (thisProcess().startTicks ?? 0) + 1 };
      fs.mkdirSync(path.dirname(dataDir), { recursive: true });
      fs.writeFileSync(lockFileOf(dataDir), JSON.stringify(stale));
      const outcomes = await Promise.all([1, 2, 3, 4].map(() => raceForLock(dataDir)));
      expect(outcomes.sort()).toEqual(["refused", "refused", "refused", "won"]);
    },
  );
});
