import { expect, test } from "./fixtures";

// Issue 13's people-tasks and first-screen rules, checked in the browser against the seed
// (2026-08-19 LMArena dataset board: claude-opus-5-high 1505 vs kimi-k3-max 1477).
const ANSWER =
  /^Open-weight models are \d+ points \(\d+\.\d %\) behind, (about|at least) \d+ months?, as of 2026-\d\d-\d\d on .+\./;

for (const size of [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
]) {
  test(`the first screen at ${size.width} px: answer, cards, then the chart; filters closed`, async ({
    gapPage,
    page,
  }) => {
    await page.setViewportSize(size);
    await gapPage.open("", { filters: false });
    const answer = page.getByTestId("gap-answer");
    await expect(answer).toHaveText(ANSWER);
    const top = async (testId: string) =>
      (await page.getByTestId(testId).first().boundingBox())?.y ?? Number.NaN;
    const [a, cards, chart] = [
      await top("gap-answer"),
      await top("gap-headline"),
      await top("gap-chart"),
    ];
    expect(a).toBeLessThan(cards);
    expect(cards).toBeLessThan(chart);
    expect(a + 1).toBeLessThan(size.height);
    await expect(page.getByTestId("filters-panel")).not.toHaveAttribute("open", "");
    await expect(page.getByTestId("filters-summary")).toHaveText(
      "Overall · Text arena · all sources",
    );
    await expect(page.getByTestId("control-cat")).toBeHidden();
  });
}

test("numbers are explained in words one tap away", async ({ gapPage, page }) => {
  await gapPage.open("", { filters: false });
  await expect(page.getByTestId("gap-win-share")).toHaveText(
    /^The leader wins about 5\d % of head-to-head votes$/,
  );
  await page.getByText("What is rating points?").click();
  await expect(page.getByText(/30 points about 54 %/).first()).toBeVisible();
  await expect(page.getByTestId("gap-changes")).toContainText(
    /(narrowed|widened) by \d+ points?|unchanged/,
  );
  await page
    .getByRole("contentinfo")
    .getByRole("link", { name: /Glossary/ })
    .click();
  await expect(page.getByTestId("glossary")).toContainText("Style control");
});

test("the chart: change lines only by default, fitted y-axis, named for screen readers", async ({
  gapPage,
  page,
}) => {
  await gapPage.open("", { filters: false });
  const count = async () =>
    gapPage.chart.getByTestId("ratings-plot").getByTestId("chart-event").count();
  const before = await count();
  const toggle = page.getByTestId("toggle-releases");
  await expect(toggle).toHaveText(/^Show model releases \(\d+\)$/);
  const releases = Number((await toggle.innerText()).match(/\d+/)?.[0]);
  await toggle.click();
  await gapPage.waitForParam("rel", "1");
  // Each release is drawn on the ratings chart (and the gap chart below it).
  await expect.poll(count).toBe(before + releases);
  await expect(gapPage.chart.getByTestId("gap-plot").getByTestId("chart-event")).toHaveCount(
    before + releases,
  );
  // y ticks: evenly spaced round numbers around the data (ratings 1047–1515), not 1000–1800.
  const yTicks = (
    await gapPage.chart.getByTestId("ratings-plot").getByTestId("y-tick").allTextContents()
  ).map(Number);
  const steps = new Set(yTicks.slice(1).map((v, i) => v - (yTicks[i] ?? 0)));
  expect(steps.size).toBe(1);
  expect(Math.min(...yTicks)).toBeGreaterThanOrEqual(1000);
  expect(Math.max(...yTicks)).toBeLessThanOrEqual(1600);
  const svgs = gapPage.chart.getByRole("img");
  await expect(svgs.first()).toHaveAttribute("role", "img");
  await expect(svgs.first()).toHaveAttribute(
    "aria-label",
    /^Best proprietary and best open-weight rating, Overall/,
  );
  await expect(svgs.nth(1)).toHaveAttribute("aria-label", /^Gap in rating points/);
});

test("a skip link reaches the content with one key press", async ({ gapPage, page }) => {
  await gapPage.open("", { filters: false });
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press("Tab");
  // The next stop is inside the content, not the navigation.
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
});

test("a board without open models says so and links the nearest view with data", async ({
  page,
}) => {
  await page.goto("/?arena=vision");
  const empty = page.getByTestId("empty-state");
  await expect(empty).toContainText("None of the Vision arena snapshots OpenGap holds");
  await expect(empty).not.toContainText("npm run");
  await empty.getByTestId("nearest-view").click();
  await expect(page.getByTestId("gap-answer")).toHaveText(ANSWER);
});

test.describe("three people-tasks, each in at most two steps", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("what is the gap today on coding, and who leads", async ({ gapPage, page }) => {
    await gapPage.open("", { filters: false });
    await page.getByTestId("quick-coding").click(); // step 1
    await gapPage.waitForParam("cat", "coding");
    await expect(page.getByTestId("gap-answer")).toHaveText(ANSWER);
    await expect(page.getByTestId("gap-closed-model")).not.toBeEmpty();
    await expect(page.getByTestId("gap-open-model")).not.toBeEmpty();
  });

  test("count only OSI-licensed models as open and share that view", async ({ gapPage, page }) => {
    await gapPage.open("", { filters: false });
    await page.getByTestId("quick-osi").click(); // step 1
    await gapPage.waitForParam("open", "open-osi");
    await expect(page.getByTestId("quick-osi")).toHaveAttribute("data-on", "true");
    await expect(page.getByTestId("filters-summary")).toContainText(
      "open = Open source (OSI licence)",
    );
    await page.getByTestId("copy-link").click(); // step 2
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get("open")).toBe("open-osi");
  });

  test("which open model is closest to Claude Opus", async ({ gapPage, page }) => {
    await gapPage.open("", { filters: false });
    await expect(page.getByTestId("gap-closed-model")).toContainText(/claude-opus/i);
    await page.getByTestId("gap-closed-model").click(); // step 1
    await expect(page).toHaveURL(/\/models\/claude-opus/);
    await expect(page.getByTestId("counterpart").first()).toBeVisible(); // step 2: read it
  });
});

test("favicon, home-screen icon and manifest are served; the home page logs no console error", async ({
  page,
  request,
}) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon/);
  for (const [path, type] of [
    ["/icon.svg", "image/svg+xml"],
    ["/apple-icon", "image/png"],
    ["/manifest.webmanifest", "application/manifest+json"],
  ] as const) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-type"], path).toContain(type);
  }
});
