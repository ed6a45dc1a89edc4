// Runs deploy/nginx.conf as it is in the repo, with only what a bench on this machine must change,
// each replacement required to match (so the file and this runner cannot drift apart unnoticed): no
// `user` (not root), pid and logs in the run folder, the two upstream ports, plain HTTP on a loopback
// port instead of the TLS server and its port-80 redirect. Everything else (upstream, keepalive,
// proxy_next_upstream, headers, body size, timeouts) is the deployed file's.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export interface NginxRun {
  process: ChildProcess;
  base: string;
  accessLog: string;
  config: string;
}

function replaceOnce(text: string, find: string | RegExp, by: string): string {
  const count =
    typeof find === "string" ? text.split(find).length - 1 : (text.match(new RegExp(find, "g")) ?? []).length;
  if (count !== 1)
    throw new Error(`deploy/nginx.conf changed: ${find} is there ${count} times, expected once`);
  return text.replace(find, by);
}

/** The run-time copy of deploy/nginx.conf for the bench. */
export function benchNginxConfig(dir: string, port: number, upstreams: [number, number]): string {
  let conf = fs.readFileSync(path.join("deploy", "nginx.conf"), "utf8");
  conf = replaceOnce(conf, "user www-data;\n", "");
  conf = replaceOnce(conf, "pid /run/nginx-min-side.pid;", `pid ${dir}/nginx.pid;`);
  conf = replaceOnce(conf, "/var/log/nginx/min-side-error.log", `${dir}/error.log`);
  conf = replaceOnce(conf, "/var/log/nginx/min-side-access.log", `${dir}/access.log`);
  conf = replaceOnce(conf, "server 127.0.0.1:3000 ", `server 127.0.0.1:${upstreams[0]} `);
  conf = replaceOnce(conf, "server 127.0.0.1:3001 ", `server 127.0.0.1:${upstreams[1]} `);
  conf = replaceOnce(conf, /\n {2}# Plain HTTP only redirects[\s\S]*?\n {2}}\n/, "\n");
  conf = replaceOnce(conf, "listen 443 ssl http2;", `listen 127.0.0.1:${port};`);
  // On loopback the Host is 127.0.0.1:<port>, not the production name.
  conf = replaceOnce(
    conf,
    /\n\s*# Only our own name reaches the portal[^\n]*\n\s*if \(\$host [^\n]*\n[^\n]*\n\s*}/,
    "",
  );
  conf = replaceOnce(
    conf,
    /\n\s*ssl_certificate [^\n]*\n\s*ssl_certificate_key [^\n]*\n\s*ssl_protocols [^\n]*/,
    "",
  );
  // A user's nginx cannot write Debian's temp folders under /var/lib/nginx.
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((kind) => `  ${kind}_temp_path ${dir}/${kind};`)
    .join("\n");
  return replaceOnce(conf, "http {\n", `http {\n${temp}\n`);
}

/** Writes the copy, checks it with `nginx -t`, and starts nginx in the foreground. */
export async function startNginx(dir: string, port: number, upstreams: [number, number]): Promise<NginxRun> {
  // Another nginx on the port (a bench that was stopped hard) would take this one's requests unseen.
  const inUse = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (inUse) throw new Error(`Port ${port} is in use: stop what listens there first`);
  fs.mkdirSync(dir, { recursive: true });
  const config = path.join(dir, "nginx.conf");
  fs.writeFileSync(config, benchNginxConfig(dir, port, upstreams));
  const args = ["-c", config, "-p", dir, "-e", path.join(dir, "error.log")];
  const test = spawn("/usr/sbin/nginx", [...args, "-t", "-q"], { stdio: ["ignore", "inherit", "inherit"] });
  const code = await new Promise<number | null>((resolve) => test.on("exit", resolve));
  if (code !== 0) throw new Error(`nginx -t refused ${config}`);
  const child = spawn("/usr/sbin/nginx", [...args, "-g", "daemon off;"], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  // nginx keeps retrying a port in use for seconds before it gives up: wait until it answers, or exits.
  for (let i = 0; i < 50 && child.exitCode === null; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/`).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (child.exitCode !== null) throw new Error(`nginx did not start on port ${port} (see above)`);
  return {
    process: child,
    base: `http://127.0.0.1:${port}`,
    accessLog: path.join(dir, "access.log"),
    config,
  };
}

/** What the access log says from byte `from` on: requests tried on both instances, and 5xx answers. */
export function accessLogSince(accessLog: string, from: number) {
  const lines = fs.readFileSync(accessLog).subarray(from).toString("utf8").split("\n").filter(Boolean);
  const status = (line: string) => Number(/" (\d{3}) /.exec(line)?.[1] ?? 0);
  const retried = lines.filter((line) => /upstream=\S+, /.test(line));
  const failed = lines.filter((line) => status(line) >= 500);
  const gets = lines.filter((line) => line.includes('"GET '));
  return {
    requests: lines.length,
    gets: gets.length,
    /** GETs nginx answered itself with 502/504: no instance gave an answer. */
    getsLost: gets.filter((line) => status(line) === 502 || status(line) === 504).length,
    retried: retried.length,
    retriedOk: retried.filter((line) => status(line) < 400).length,
    failed: failed.map((line) => /"(\S+ [^" ]+)/.exec(line)?.[1] ?? line),
  };
}

export function fileSize(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
}
