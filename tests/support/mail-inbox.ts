// Reads the mail sink's folder (see scripts/lib/mail-sink.ts) from integration and browser tests.
import fs from "node:fs/promises";
import path from "node:path";
import type { SinkMail } from "../../scripts/lib/mail-sink";

export type { SinkMail };

/** Every saved mail addressed to `address`, newest first. A missing folder is an empty inbox. */
export async function readMailTo(dir: string, address: string): Promise<SinkMail[]> {
  const wanted = address.trim().toLowerCase();
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((name) => name.endsWith(".json"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const mails = await Promise.all(
    names.map(async (name) => JSON.parse(await fs.readFile(path.join(dir, name), "utf8")) as SinkMail),
  );
  return mails
    .filter((mail) => mail.to.includes(wanted))
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
}

/** The newest mail to `address` received at or after `after`, waiting for it up to `timeoutMs`. */
export async function waitForMailTo(
  dir: string,
  address: string,
  options: { after?: Date; timeoutMs: number },
): Promise<SinkMail> {
  const deadline = Date.now() + options.timeoutMs;
  const after = options.after?.getTime() ?? 0;
  for (;;) {
    const mail = (await readMailTo(dir, address)).find((m) => Date.parse(m.receivedAt) >= after);
    if (mail) return mail;
    if (Date.now() >= deadline) {
      throw new Error(`no mail to the expected address arrived within ${options.timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
