// One process owns an embedded data folder. PGlite is a whole PostgreSQL inside the process that
// opens it: a second opener replays and checkpoints the folder behind the first one's back, and every
// write the first makes afterwards is lost (or the folder no longer opens at all). The lock is a file
// beside the folder, created atomically (O_EXCL), naming its owner; a lock whose owner is gone (the
// process crashed or was killed) is stale and taken over, and the take-over is reported.
//
// Hand-written rather than proper-lockfile: that one decides staleness by a heartbeat the owner must
// keep writing, which a process busy in PGlite's synchronous WebAssembly can miss (and then two own
// the folder); a pid with its start time is known from /proc without the owner doing anything.
import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describeOwner, type LockOwner, ownerIsRunning, thisProcess } from "./lock-owner";

export class DataFolderInUseError extends Error {
  override name = "DataFolderInUseError";
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(inUseMessage(dataDir, owner));
  }
}

export interface DataFolderLock {
  /** The owner of a stale lock this one replaced, for the caller to report. */
  replacedStaleOwner: LockOwner | null;
  release(): void;
}

export function lockFileOf(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

/** Takes the folder's lock or throws DataFolderInUseError; never waits. */
export function lockDataFolder(dataDir: string): DataFolderLock {
  const lockFile = lockFileOf(dataDir);
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const me = thisProcess();
  let replacedStaleOwner: LockOwner | null = null;
  // Two rounds at most: a stale lock is cleared once, then the file is created like any other.
  for (let round = 0; round < 2; round++) {
    if (createExclusively(lockFile, me)) return heldLock(lockFile, me, replacedStaleOwner);
    const owner = readOwner(lockFile);
    if (owner && ownerIsRunning(owner)) throw new DataFolderInUseError(dataDir, owner);
    replacedStaleOwner = owner ?? { pid: 0, startedAt: "unknown", command: "unreadable lock file", host: "" };
    clearStaleLock(lockFile, owner);
  }
  throw new DataFolderInUseError(dataDir, readOwner(lockFile) ?? replacedStaleOwner ?? me);
}

function createExclusively(lockFile: string, me: LockOwner): boolean {
  try {
    fs.writeFileSync(lockFile, `${JSON.stringify(me, null, 2)}\n`, { flag: "wx", mode: 0o600 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

function readOwner(lockFile: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(lockFile, "utf8")) as Partial<LockOwner>;
    return typeof owner.pid === "number" && typeof owner.startedAt === "string" ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}

/**
 * Removes a stale lock, unless another process replaced it meanwhile: the stale file is first moved
 * aside under a name of our own, then checked to be the one we judged stale, else put back.
 */
function clearStaleLock(lockFile: string, judged: LockOwner | null) {
  const aside = `${lockFile}.stale-${process.pid}`;
  try {
    fs.renameSync(lockFile, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return; // someone else cleared it
    throw error;
  }
  const moved = readOwner(aside);
  if (moved && judged && (moved.pid !== judged.pid || moved.startedAt !== judged.startedAt)) {
    // A live owner's fresh lock: hand it back (link fails if yet another appeared, which then wins).
    try {
      fs.linkSync(aside, lockFile);
    } catch {
      // the newer lock stays
    }
  }
  fs.rmSync(aside, { force: true });
}

function heldLock(lockFile: string, me: LockOwner, replacedStaleOwner: LockOwner | null): DataFolderLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off("exit", release);
    // Only our own lock: never one a later owner took after ours was (wrongly) judged stale.
    const owner = readOwner(lockFile);
    if (owner?.pid === me.pid && owner.startedAt === me.startedAt) fs.rmSync(lockFile, { force: true });
  };
  // A process that exits without closing (an uncaught error, process.exit) leaves no lock behind.
  process.on("exit", release);
  return { replacedStaleOwner, release };
}

function inUseMessage(dataDir: string, owner: LockOwner): string {
  const who = describeOwner(owner);
  const hvem = describeOwner(owner, "nb");
  const elsewhere = owner.host && owner.host !== os.hostname();
  return [
    `The embedded database ${dataDir} is open in another process:`,
    `  ${who}.`,
    "Only one process may open it at a time: a second one would corrupt it. Stop the portal (Ctrl+C",
    "where it runs) and run this command again, or run the portal on PostgreSQL (DATABASE_URL).",
    ...(elsewhere
      ? [
          `That process runs on another machine (${owner.host}); if it is gone, delete ${lockFileOf(dataDir)}.`,
        ]
      : []),
    "",
    `Den innebygde databasen ${dataDir} er åpnet av en annen prosess:`,
    `  ${hvem}.`,
    "Bare én prosess kan ha den åpen om gangen: en til ville ødelegge den. Stopp portalen (Ctrl+C der",
    "den kjører) og kjør kommandoen på nytt, eller kjør portalen på PostgreSQL (DATABASE_URL).",
  ].join("\n");
}
