import { expect, it } from "vitest";
import { logError, NamedFailure } from "@/platform/log";
import { REQUEST_ID_HEADER } from "@/platform/request-id";
import { createFrontServer } from "../../scripts/lib/http-front";
import { serveDuringTests } from "../support/local-server";
import { captureLog } from "../support/log-lines";

// Stands in for Next.js: logs a failure after an await, as a server action deep in a service would.
const server = createFrontServer(async (request, response) => {
  await new Promise((resolve) => setImmediate(resolve));
  logError("probe", new NamedFailure("PROBE"));
  response.end(String(request.headers[REQUEST_ID_HEADER]));
});
const base = serveDuringTests(server);

it("gives every request an id of its own, not the client's, in its response and in what its handling logs", async () => {
  const log = captureLog();
  const answers = await Promise.all([
    fetch(`${base.url()}/`, { headers: { [REQUEST_ID_HEADER]: "chosen-by-client" } }),
    fetch(`${base.url()}/min-side`),
  ]);
  const lines = log.lines().filter((line) => line.event === "probe");
  log.restore();

  const ids = answers.map((answer) => answer.headers.get(REQUEST_ID_HEADER));
  expect(await Promise.all(answers.map((answer) => answer.text()))).toEqual(ids);
  expect(new Set(ids).size).toBe(2);
  for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(lines.map((line) => line.requestId).sort()).toEqual([...ids].sort());
});
