// /api/v1 through the real server (the front, the proxy, Next.js): the document is public JSON, a call
// without a token is a JSON problem and never a page, a method the API does not use is refused, and the
// docs page shows every endpoint of the document.
import { expect, test } from "./support/test";

test("the OpenAPI document is public JSON, and the docs page lists each of its endpoints", async ({
  page,
  request,
}) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(document.openapi).toBe("3.1.0");

  await page.goto("/api/v1/docs");
  await expect(page.getByRole("heading", { level: 1, name: "API for dine egne data" })).toBeVisible();
  for (const path of Object.keys(document.paths)) {
    await expect(
      page.getByRole("heading", { level: 3, name: new RegExp(`^GET ${path}( |$)`) }),
    ).toBeVisible();
  }
});

test("a call without a token is a 401 problem in JSON, not a page, and never cached", async ({ request }) => {
  const response = await request.get("/api/v1/consumption?resolution=PT1H");
  expect(response.status()).toBe(401);
  expect(response.headers()["content-type"]).toBe("application/problem+json");
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toMatchObject({ status: 401, title: "API-nøkkel mangler" });
});

test("an unknown /api/v1 path is a 404 problem in JSON, not Next's page", async ({ request }) => {
  for (const at of ["/api/v1/nope", "/api/v1/consumption/extra/x"]) {
    const response = await request.get(at);
    expect(response.status(), at).toBe(404);
    expect(response.headers()["content-type"], at).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 404, title: "Fant ikke endepunktet" });
    expect((await request.head(at)).status(), at).toBe(404);
  }
});

test("the API answers GET only: a POST or a DELETE is refused", async ({ request }) => {
  expect((await request.post("/api/v1/consumption", { data: {} })).status()).toBeGreaterThanOrEqual(400);
  expect((await request.delete("/api/v1/invoices")).status()).toBe(405);
});
