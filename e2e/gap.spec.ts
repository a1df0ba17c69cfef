import { expect, test } from "./fixtures";

test.describe("gap over time (home page)", () => {
  test("draws the real 2023→2026 gap from the bundled seed", async ({ gapPage, page }) => {
    await gapPage.open();
    await expect(gapPage.headline).toBeVisible();
    await expect(gapPage.gapPoints).toHaveText(/^\d+ points$/);
    await expect(gapPage.gapPercent).toHaveText(/^\d+\.\d% of the open model's rating$/);
    await expect(gapPage.gapDate).toHaveText(/^2026-\d\d-\d\d$/);
    await expect(gapPage.linePaths()).toHaveCount(2);
    for (const path of await gapPage.linePaths().all()) {
      expect((await path.getAttribute("d"))?.length ?? 0).toBeGreaterThan(200);
    }
    // The x axis spans the whole history.
    const ticks = await gapPage.chart.getByTestId("x-tick").allTextContents();
    expect(ticks.some((t) => t.includes("2023"))).toBe(true);
    expect(ticks).toContain("2026");
    await expect(page.getByTestId("data-as-of")).toContainText("Data as of 2026-");
    await gapPage.screenshot("home-desktop");
  });

  test("tooltip names both models and their ratings for a date", async ({ gapPage, page }) => {
    await gapPage.open();
    // The first load carries a picture only; the chart code arrives on the first hover.
    await expect(gapPage.chart.locator("svg.recharts-surface")).toHaveCount(0);
    const surface = await gapPage.loadInteractive();
    await surface.scrollIntoViewIfNeeded();
    const box = await surface.boundingBox();
    if (!box) throw new Error("chart has no box");
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    const tooltip = page.getByTestId("gap-tooltip").first();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(/Gap -?\d+(\.\d)? pts/);
    await expect(tooltip).toContainText(/20\d\d-\d\d-\d\d/);
  });

  test("the table alternative lists the hand-checked 2024-08-01 snapshot", async ({
    gapPage,
    page,
  }) => {
    await gapPage.open();
    await page.getByText(/Show the numbers as a table/).click();
    const row = gapPage.table.locator("tr", { hasText: "2024-08-01" });
    await expect(row).toContainText("GPT-4o-2024-05-13");
    await expect(row).toContainText("Meta-Llama-3.1-405b-Instruct");
    await expect(row.locator("td").nth(5)).toHaveText("24");
  });

  test("keyboard: focusing the picture loads the interactive chart and moves focus into it", async ({
    gapPage,
    page,
  }) => {
    await gapPage.open("", { filters: false });
    await gapPage.chart.getByTestId("chart-picture").focus();
    await gapPage.chart.locator("svg.recharts-surface").first().waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest("[data-testid=chart-live]") !== null),
      )
      .toBe(true);
  });

  test("a part fetched on opening says what failed and where the numbers are", async ({
    gapPage,
    page,
  }) => {
    await page.route("**/api/gap/table**", (r) => r.fulfill({ status: 503, body: "down" }));
    await gapPage.open("", { filters: false });
    await page.getByText(/Show the numbers as a table/).click();
    const state = page.getByTestId("gap-table-details").getByTestId("on-demand-state");
    await expect(state).toContainText("Could not load this part (the server answered 503");
    await expect(state.getByRole("link", { name: "CSV download" })).toHaveAttribute(
      "href",
      /format=csv/,
    );
  });

  test("fits a phone screen without horizontal scrolling", async ({ gapPage, page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await gapPage.open();
    await expect(gapPage.headline).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await gapPage.screenshot("home-phone");
  });
});
