// The browser suite uses Debian's Chromium: Playwright's own browser download cannot work offline.
import fs from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Headless as root on a machine without a network beyond loopback: no sandbox, GPU or background fetches. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    console.error(`Chromium was not found at ${CHROMIUM_PATH}; the browser tests need it.
Install Debian's package:  sudo apt-get update && sudo apt-get install -y chromium
(or set CHROMIUM_PATH). Do not run \`npx playwright install\`: it downloads a browser of its own.`);
    process.exit(1);
  }
}
