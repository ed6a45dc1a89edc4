// One process owns an embedded data folder. PGlite is a whole PostgreSQL inside the process that
// opens it: a second opener replays and checkpoints the folder behind the first one's back, and every
// write the first makes afterwards is lost (or the folder no longer opens at all). The lock is a file
// beside the folder naming its owner, linked into place atomically; a lock whose owner is gone (the
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

/** Takes the folder's lock or throws DataFolderInUseError; waits only while another process clears a stale one. */
export function lockDataFolder(dataDir: string): DataFolderLock {
  const lockFile = lockFileOf(dataDir);
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const me = thisProcess();
  let replacedStaleOwner: LockOwner | null = null;
  for (let round = 0; round < 50; round++) {
    if (createExclusively(lockFile, me)) return heldLock(lockFile, me, replacedStaleOwner);
    const owner = readOwner(lockFile);
    if (owner && ownerIsRunning(owner)) throw new DataFolderInUseError(dataDir, owner);
    replacedStaleOwner = owner ?? { pid: 0, startedAt: "unknown", command: "unreadable lock file", host: "" };
    if (!clearStaleLock(lockFile, owner)) sleep(20);
  }
  throw new DataFolderInUseError(dataDir, readOwner(lockFile) ?? replacedStaleOwner ?? me);
}

/** Written whole under a name of our own, then linked into place: a lock is never seen half-written. */
function createExclusively(lockFile: string, me: LockOwner): boolean {
  const draft = `${lockFile}.${process.pid}.draft`;
  fs.writeFileSync(draft, `${JSON.stringify(me, null, 2)}\n`, { mode: 0o600 });
  try {
    fs.linkSync(draft, lockFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    fs.rmSync(draft, { force: true });
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

const sameOwner = (a: LockOwner | null, b: LockOwner | null) =>
  a === null || b === null ? a === b : a.pid === b.pid && a.startedAt === b.startedAt;

/**
 * Removes the lock judged stale, holding a take-over mutex: of several processes that judged it stale
 * one removes it, and none removes a fresh lock another has taken since (only the stale lock is
 * removed, and only under the mutex). False when another process holds the mutex.
 */
function clearStaleLock(lockFile: string, judged: LockOwner | null): boolean {
  const mutex = `${lockFile}.takeover`;
  if (!takeMutex(mutex)) return false;
  try {
    if (fs.existsSync(lockFile) && sameOwner(readOwner(lockFile), judged)) fs.rmSync(lockFile);
    return true;
  } finally {
    fs.rmSync(mutex, { force: true });
  }
}

/** The mutex is held for microseconds; one older than ten seconds was left by a process that died. */
function takeMutex(mutex: string): boolean {
  try {
    fs.writeFileSync(mutex, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const age = Date.now() - (fs.statSync(mutex, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > 10_000) fs.rmSync(mutex, { force: true });
    return false;
  }
}

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
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
    ...(elsewhere
      ? [`Prosessen kjører på en annen maskin (${owner.host}); er den borte, slett ${lockFileOf(dataDir)}.`]
      : []),
  ].join("\n");
}
