// Whether `npm start` / `npm run dev` may start, and what it must tell the operator first.

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export type LaunchDecision = { start: true; banner: string | null } | { start: false; reason: string };

/**
 * The development secrets are published in this repository: with them anyone can forge a session
 * cookie for any user and decrypt the stored national ID numbers. On this machine only (a loopback
 * HOST) that is a demo; reachable from a network it must have been asked for (APP_ENV=demo set by the
 * operator, not defaulted by the launcher). Production never gets here with them: env.ts refuses.
 */
export function decideLaunch({
  host,
  developmentSecrets,
  demoRequested,
}: {
  host: string;
  developmentSecrets: readonly string[];
  demoRequested: boolean;
}): LaunchDecision {
  if (developmentSecrets.length === 0) return { start: true, banner: null };
  const names = developmentSecrets.join(", ");
  if (isLoopbackHost(host)) {
    return { start: true, banner: demoBanner(names, "Only this machine can reach it.") };
  }
  if (demoRequested) {
    return {
      start: true,
      banner: demoBanner(names, `It listens on ${host}: EVERYONE WHO CAN REACH IT CAN SIGN IN AS ANYONE.`),
    };
  }
  return {
    start: false,
    reason: [
      `Min side will not listen on HOST=${host} with the public development secrets (${names}):`,
      "anyone who can reach it could forge a session for any user. Either",
      "  - run it for this machine only: HOST=127.0.0.1 (the default), or",
      "  - run it for real: APP_ENV=production with your own secrets (see .env.example), or",
      "  - show the demo on a network on purpose: APP_ENV=demo.",
    ].join("\n"),
  };
}

function demoBanner(names: string, reach: string): string {
  const lines = [
    "DEMO MODE: NOT FOR REAL DATA",
    "",
    "Min side runs with the public development secrets",
    `  ${names},`,
    "published in its source code: anyone who knows them can forge sessions",
    "and decrypt national ID numbers. Only synthetic demo data belongs here.",
    reach,
    "For production: APP_ENV=production and your own secrets (see .env.example).",
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = "!".repeat(width + 6);
  return [rule, ...lines.map((line) => `!! ${line.padEnd(width)} !!`), rule].join("\n");
}
