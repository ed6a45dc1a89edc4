// Drives tests/support/hold-data-folder.ts in a child process: another process opening a data folder.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import readline from "node:readline";

export interface Holder {
  pid: number;
  write(text: string): Promise<void>;
  close(): Promise<void>;
  kill(): Promise<void>;
}

export type Refusal = { refused: true; exitCode: number | null; stderr: string };

// Node itself with tsx's loader, not the tsx command (which runs the script in a child of its own), so
// that the pid we hold and kill is the one that opens the folder.
function start(script: string, dataDir: string): ChildProcessWithoutNullStreams {
  const loaders = ["--import", "tsx", "--import", "./scripts/lib/server-only-hook.ts"];
  return spawn(process.execPath, [...loaders, script, dataDir]);
}

/** Runs tests/support/race-for-lock.ts: "won" or "refused". */
export function raceForLock(dataDir: string): Promise<string> {
  const child = start("tests/support/race-for-lock.ts", dataDir);
  let stdout = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  return new Promise((resolve) => child.on("exit", () => resolve(stdout.trim())));
}

/** Starts a holder; resolves once it has the folder open, or with its refusal. */
export function holdDataFolder(dataDir: string): Promise<Holder | Refusal> {
  const child = start("tests/support/hold-data-folder.ts", dataDir);
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const lines = readline.createInterface({ input: child.stdout });
  const waiting: Array<(line: string) => void> = [];
  lines.on("line", (line) => waiting.shift()?.(line));
  const nextLine = () => new Promise<string>((resolve) => waiting.push(resolve));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

  const holder: Holder = {
    pid: child.pid as number,
    async write(text) {
      child.stdin.write(`write ${text}\n`);
      const answer = await nextLine();
      if (answer !== `wrote ${text}`) throw new Error(`holder answered ${answer}`);
    },
    async close() {
      child.stdin.write("close\n");
      await exited;
    },
    async kill() {
      child.kill("SIGKILL");
      await exited;
    },
  };
  return Promise.race([
    nextLine().then((line) => {
      if (!line.startsWith("ready ")) throw new Error(`holder printed ${line}`);
      return holder;
    }),
    exited.then((exitCode): Refusal => ({ refused: true, exitCode, stderr })),
  ]);
}
