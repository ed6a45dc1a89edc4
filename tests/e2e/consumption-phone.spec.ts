// Forbruk on a 390 px phone (#21 items 8–10): the chart's axis text is drawn for the width it is shown
// at, a wide table shows that it scrolls and can be scrolled from the keyboard, the state's rates name
// their source and say "antatt" where none was found, and the address is read one way by page and download.
import { expectNoSeriousViolationsNow } from "./support/axe";
import { expect, test } from "./support/test";

test.use({ viewport: { width: 390, height: 844 } });

test.beforeEach(async ({ page, accounts }) => {
  await accounts.signIn(page, "kari.nordmann@example.com");
});

test("P14: at 390 px the chart's axis text is at least 12 px tall", async ({ page }) => {
  for (const query of ["periode=maned", "periode=dag&opplosning=kvarter", "periode=ar"]) {
    await page.goto(`/min-side/forbruk?${query}`);
    const chart = page.getByTestId("forbruk-graf-smal");
    await expect(chart).toBeVisible();
    await expect(page.getByTestId("forbruk-graf-bred")).toBeHidden();
    const labels = await chart.locator("text").evaluateAll((nodes) =>
      nodes.map((node) => {
        const svg = (node as SVGTextElement).ownerSVGElement as SVGSVGElement;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return {
          text: node.textContent,
          fontPx: Number.parseFloat(getComputedStyle(node).fontSize) * scale,
          heightPx: node.getBoundingClientRect().height,
        };
      }),
    );
    expect(labels.length, query).toBeGreaterThan(4);
    for (const label of labels) {
      expect(label.fontPx, `${query}: ${label.text}`).toBeGreaterThanOrEqual(12);
      expect(label.heightPx, `${query}: ${label.text}`).toBeGreaterThanOrEqual(12);
    }
    // Nothing on the page is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
});

test("P14: at 390 px a wide table says that it scrolls, and scrolls from the keyboard", async ({ page }) => {
  await page.goto("/min-side/forbruk?periode=maned");
  await page.getByText("Vis tallene som tabell").click();
  const region = page.getByRole("region", { name: /^Forbruk / });
  await expect(page.getByTestId("rull-sideveis").first()).toBeVisible();
  await expect(page.getByTestId("rull-sideveis").first()).toContainText("rull sideveis");
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await expectNoSeriousViolationsNow(page, "Forbruk at 390 px with the table open");
});

test("P14: the state's rates used for the month name their source, and say antatt where it is assumed", async ({
  page,
}) => {
  await page.goto("/min-side/forbruk?periode=maned&dato=2026-11");
  const rates = page.getByTestId("satser");
  await expect(rates).toContainText("Fra 1. januar 2026: Strømstøtte: 90 % av spotprisen over 77,00 øre/kWh");
  await expect(rates).toContainText("antatt");
  await expect(rates).toContainText("Kilde:");
});

test("P14: a parameter given twice is refused the same way by the page and the download", async ({
  page,
}) => {
  const response = await page.goto("/min-side/forbruk?periode=dag&periode=maned");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("«periode» mer enn én gang");
  const download = await page.request.get("/min-side/forbruk/eksport?format=csv&periode=dag&periode=maned");
  expect(download.status()).toBe(400);
  expect(await download.text()).toContain("«periode» mer enn én gang");
});
