// One virtual user's HTTP: node:http with a kept-alive connection of its own, a cookie jar, and a
// loopback source address of its own (127.0.1.x), so that the portal's per-address sign-in throttle
// (30 per 15 minutes) sees 50 clients, as it would in production, rather than one.
import http from "node:http";

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

/** Refuses anything but this machine: the bench is never pointed at someone else's server. */
export function assertLoopback(base: string): void {
  const host = new URL(base).hostname;
  if (!(host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host))) {
    throw new Error(`Refusing to load ${base}: only this machine (127.0.0.0/8, ::1, localhost).`);
  }
}

export class HttpVisitor {
  private jar = new Map<string, string>();
  private agent: http.Agent;
  constructor(
    private base: string,
    localAddress: string,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress });
  }

  cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  hasCookie(name: string): boolean {
    return [...this.jar.keys()].some((key) => key.endsWith(name));
  }

  setCookie(pair: string): void {
    const [name = "", ...value] = pair.split("=");
    this.jar.set(name, value.join("="));
  }

  clearCookies(): void {
    this.jar.clear();
  }

  private take(headers: http.IncomingHttpHeaders): void {
    for (const line of headers["set-cookie"] ?? []) {
      const [pair = "", ...attributes] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      const expired = attributes.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value.join("") === "") this.jar.delete(name.trim());
      else this.jar.set(name.trim(), value.join("="));
    }
  }

  request(
    method: "GET" | "POST",
    pathname: string,
    body?: { type: string; data: string | Buffer },
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const started = performance.now();
    const url = new URL(pathname, this.base);
    return new Promise((resolve, reject) => {
      const req = http.request(
        url,
        {
          method,
          agent: this.agent,
          headers: {
            cookie: this.cookie(),
            "user-agent": "bench-load (Node.js)",
            ...(body ? { "content-type": body.type, "content-length": Buffer.byteLength(body.data) } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            this.take(res.headers);
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString("utf8"),
              ms: performance.now() - started,
            });
          });
          res.on("error", reject);
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error("timed out after 30 s")));
      req.on("error", reject);
      req.end(body?.data);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
