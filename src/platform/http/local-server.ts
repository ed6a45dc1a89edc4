import "server-only";
// Starting and stopping the local stand-ins' HTTP servers (the registry simulator, the local BankID).
import type http from "node:http";

/** Listens on `port` (0: a free one) at `host`, or rejects with the listen error (EADDRINUSE, …). */
export function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/** Stops at once: open keep-alive connections are closed rather than waited for. */
export function closeNow(server: http.Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** The request's body as text, or undefined when it is over `maxBytes`. */
export async function readBodyText(req: http.IncomingMessage, maxBytes: number): Promise<string | undefined> {
  return (await readBodyBuffer(req, maxBytes))?.toString("utf8");
}

/** The request's body as bytes, or undefined when it is over `maxBytes`. */
export async function readBodyBuffer(
  req: http.IncomingMessage,
  maxBytes: number,
): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
