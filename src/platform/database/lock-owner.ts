// Who holds a data folder's lock, and whether that process still runs. A pid alone is not enough:
// after a crash and a reboot (or in a container, where the server is often pid 1) another process can
// have the same pid, so the owner is also known by its start time, read from /proc where there is one.
import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface LockOwner {
  pid: number;
  /** When the process started, ISO 8601: for people reading the lock. */
  startedAt: string;
  /** The script it runs (never its arguments: those may hold an email address). */
  command: string;
  host: string;
  /** The kernel's start time of the process in clock ticks since boot (Linux): tells a reused pid. */
  startTicks?: number;
}

/** Field 22 of /proc/<pid>/stat; the process name (field 2) may itself hold spaces and parentheses. */
function startTicksOf(pid: number | "self"): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : undefined;
  } catch {
    return undefined;
  }
}

export function thisProcess(): LockOwner {
  const script = process.argv[1] ? path.relative(process.cwd(), process.argv[1]) : process.argv0;
  return {
    pid: process.pid,
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    command: script || process.argv0,
    host: os.hostname(),
    startTicks: startTicksOf("self"),
  };
}

export function ownerIsRunning(owner: LockOwner): boolean {
  // A process on another machine (a shared folder) cannot be seen from here: assume it runs.
  if (owner.host && owner.host !== os.hostname()) return true;
  if (!Number.isInteger(owner.pid) || owner.pid <= 0) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const ticks = startTicksOf(owner.pid);
  return owner.startTicks === undefined || ticks === undefined || ticks === owner.startTicks;
}

/** "pid 4242 (scripts/next-server.ts), started 07.12.2026, 07:30:12", in English or Norwegian. */
export function describeOwner(owner: LockOwner, language: "en" | "nb" = "en"): string {
  const started = new Date(owner.startedAt);
  const when = Number.isNaN(started.getTime())
    ? owner.startedAt
    : started.toLocaleString("nb-NO", { timeZone: "Europe/Oslo", dateStyle: "short", timeStyle: "medium" });
  return `pid ${owner.pid} (${owner.command}), ${language === "en" ? "started" : "startet"} ${when}`;
}
