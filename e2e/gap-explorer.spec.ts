import { expect, test } from "./fixtures";

test.describe("gap explorer controls", () => {
  test("category, board, style control and source each change the view and the URL", async ({
    gapPage,
    page,
  }) => {
    await gapPage.open();
    const overall = await gapPage.headlineText();
    await gapPage.control("cat").selectOption("coding");
    await gapPage.waitForParam("cat", "coding");
    await expect(page.getByTestId("board-title")).toContainText("Coding");
    expect(await gapPage.headlineText()).not.toBe(overall);

    await gapPage.control("source").selectOption("lmarena-catalog");
    await gapPage.waitForParam("source", "lmarena-catalog");
    await expect(gapPage.gapSource).toHaveText("LMArena arena-catalog");

    await gapPage.control("sc").check();
    await gapPage.waitForParam("sc", "1");
    await expect(page.getByTestId("board-title")).toContainText("style control");

    // The arena.ai scrape's code boards are arena webdev now (there is no code board any more).
    // A new board starts over: overall, style control off, all sources stitched. Its newest point
    // is arena.ai data/2026-08-22/code-webdev.json ("last_updated": "Aug 21, 2026"):
    // claude-opus-5-max 1691 (proprietary) vs kimi-k3-max 1674 (open), 17 points.
    await gapPage.control("arena").selectOption("webdev");
    await gapPage.waitForParam("arena", "webdev");
    await expect(gapPage.gapSource).toHaveText("arena.ai daily leaderboard scrape");
    await expect(gapPage.gapDate).toHaveText("2026-08-21");
    await expect(gapPage.gapPoints).toHaveText("17 points");
  });

  test("the definition of open and the organisation filter change who counts", async ({
    gapPage,
    page,
  }) => {
    await gapPage.open("?from=2024-08-01&to=2024-08-01&source=lmarena-daily-csv");
    await expect(page.getByTestId("gap-open-model")).toHaveText("Meta-Llama-3.1-405b-Instruct");
    // Only OSI licences: Llama's licence no longer counts, so the open side changes.
    await gapPage.control("open-open-restricted").uncheck();
    await gapPage.waitForParam("open", "open-osi,non-commercial");
    await expect(page.getByTestId("gap-open-model")).not.toHaveText("Meta-Llama-3.1-405b-Instruct");
    await gapPage.control("open-open-restricted").check();
    await expect.poll(() => new URL(page.url()).searchParams.get("open")).toBeNull();
    await gapPage.waitForView();
    await gapPage.control("org-summary").click();
    await gapPage.control("org-out-meta").check();
    await gapPage.waitForParam("org", "-meta");
    await expect(page.getByTestId("gap-open-model")).not.toContainText("Llama");
    await expect(gapPage.control("org-summary")).toContainText("excluding 1");
  });

  test("date presets and date inputs set the range", async ({ gapPage }) => {
    await gapPage.open();
    await gapPage.preset("2024").click();
    await gapPage.waitForParam("to", "2024-12-31");
    await expect(gapPage.gapDate).toHaveText(/^2024-12-/);
    await expect(gapPage.preset("2024")).toHaveAttribute("aria-pressed", "true");
    await gapPage.control("from").fill("2024-06-01");
    await gapPage.waitForParam("from", "2024-06-01");
    await expect(gapPage.gapDate).toHaveText(/^2024-12-/);
    // Month ticks read "Jul 2024", "Aug", ….
    const ticks = await gapPage.chart
      .getByTestId("ratings-plot")
      .getByTestId("x-tick")
      .allTextContents();
    expect(ticks.length).toBeGreaterThan(2);
    for (const t of ticks) expect(t).toMatch(/^(Jun|Jul|Aug|Sep|Oct|Nov|Dec)( 2024)?$/);
  });

  test("controls are reachable and usable from the keyboard", async ({ gapPage, page }) => {
    await gapPage.open();
    await gapPage.control("cat").focus();
    await page.keyboard.press("ArrowDown");
    await page.waitForURL(/cat=/);
    await page.keyboard.press("Tab");
    await expect(gapPage.control("arena")).toBeFocused();
  });
});

test.describe("sharing and bad input", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("a copied link reopens the same view in a fresh browser context", async ({
    gapPage,
    page,
    browser,
  }) => {
    page.on("dialog", (d) => void d.dismiss());
    await gapPage.open("?cat=math");
    await gapPage.control("org-summary").click();
    await gapPage.control("org-out-openai").check();
    await gapPage.waitForParam("org", "-openai");
    await gapPage.preset("2025").click();
    await gapPage.waitForParam("from", "2025-01-01");
    const before = await gapPage.headlineText();
    await gapPage.copyLink.click();
    await expect(gapPage.copyLink).toHaveText("Link copied");
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await other.getByTestId("gap-chart").getByRole("img").first().waitFor();
    expect((await other.getByTestId("gap-headline").innerText()).replace(/\s+/g, " ")).toBe(before);
    await expect(other.getByTestId("control-cat")).toHaveValue("math");
    await expect(other.getByTestId("control-org-out-openai")).toBeChecked();
    await fresh.close();
  });

  test("a hand-edited URL with nonsense shows a notice and the default view", async ({
    gapPage,
    page,
  }) => {
    await page.goto("/?cat=poetry&zoom=9&from=2024-13-45&source=twitter");
    await expect(gapPage.notice).toContainText('Unknown cat "poetry"');
    await expect(gapPage.notice).toContainText('Unknown parameter "zoom"');
    await expect(gapPage.notice).toContainText("YYYY-MM-DD");
    await expect(gapPage.headline).toBeVisible();
    await expect(gapPage.control("cat")).toHaveValue("overall");
  });

  test("a filter that leaves nothing says which filter to relax", async ({ gapPage, page }) => {
    // Meta no longer works (muse-spark and Llama-4-Maverick-03-26-Experimental are proprietary
    // Meta models); Anthropic has published no open weights in any source.
    await page.goto("/?org=anthropic");
    await expect(gapPage.emptyState).toContainText(
      "has both an open-weight and a proprietary model under these filters",
    );
    await expect(gapPage.emptyState).toContainText("(with all organisations)");
    await gapPage.emptyState.getByTestId("nearest-view").click();
    await expect(gapPage.headline).toBeVisible();
    expect(new URL(page.url()).search).toBe("");
  });

  test("the API answers JSON and CSV, and 400 with the valid values", async ({ request }) => {
    const json = await request.get(
      "/api/gap?from=2024-08-01&to=2024-08-01&source=lmarena-daily-csv",
    );
    expect(json.status()).toBe(200);
    const body = (await json.json()) as {
      series: { gap: number; open: { model: string }; closed: { model: string } }[];
    };
    expect(body.series).toHaveLength(1);
    expect(body.series[0]).toMatchObject({
      gap: 24,
      open: { model: "Meta-Llama-3.1-405b-Instruct" },
      closed: { model: "GPT-4o-2024-05-13" },
    });
    const csv = await request.get("/api/gap?format=csv&cat=coding");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.text()).split("\n")[0]).toBe(
      "date,source,coverage,closed_model,closed_rating,closed_lower,closed_upper,open_model,open_rating,open_lower,open_upper,gap,gap_pct,months_behind,months_behind_fewest,months_behind_most,months_behind_is_lower_bound,months_behind_reached_by,months_behind_reached_on,tied",
    );
    const bad = await request.get("/api/gap?cat=poetry&open=free");
    expect(bad.status()).toBe(400);
    const issues = ((await bad.json()) as { issues: { key: string; message: string }[] }).issues;
    expect(issues.map((i) => i.key)).toEqual(["cat", "open"]);
    expect(issues[1]?.message).toContain("open-osi");
  });

  test("the page offers the visible series as CSV and JSON", async ({ gapPage, page }) => {
    await gapPage.open("?cat=coding");
    const csvLink = page.getByTestId("downloads").getByRole("link", { name: "CSV" });
    await expect(csvLink).toHaveAttribute("href", "/api/gap?cat=coding&format=csv");
  });
});

test.describe("looks right", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`desktop and phone, ${scheme}`, async ({ gapPage, page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await gapPage.open();
      await gapPage.screenshot(`gap-desktop-${scheme}`);
      await page.setViewportSize({ width: 375, height: 800 });
      await gapPage.open("?cat=coding");
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await gapPage.screenshot(`gap-phone-${scheme}`);
    });
  }
});
