import { expect, test } from "./fixtures-compare";

test.describe("model pages", () => {
  test("a proprietary model: facts, best rank, history and open substitutes", async ({
    modelPage,
  }) => {
    await modelPage.open("gpt-4o-2024-05-13");
    await expect(modelPage.name).toHaveText("GPT-4o-2024-05-13");
    await expect(modelPage.licenceClass).toHaveText("Proprietary");
    await expect(modelPage.facts.getByTestId("fact-context")).toHaveText("128,000 tokens");
    await expect(modelPage.bestRank).toContainText(
      "Text arena, style control off: #1 of 96 on the Chatbot Arena rating history (jasontrigg0) snapshot of 2024-05-15",
    );
    // One line per board that rates it overall, never one spliced line: 12 (the 7 older boards,
    // plus the LMArena dataset and arena.ai per-category boards, each with and without style
    // control, and arena.ai's daily scrape, style control on).
    await expect(modelPage.lines()).toHaveCount(12);
    await expect(modelPage.counterparts.locator("h2")).toHaveText(
      "Closest open-weight substitutes (Overall)",
    );
    // fboulnois CSV 2025-08-04: GPT-4o 1302 [1299–1305]; Gemma-3n-e4b-it 1305 [1299–1311] is the
    // closest open model inside that interval; open models first reached 1302 with DeepSeek-V3
    // (1315) on 2024-12-31.
    const csv = modelPage.card("lmarena-daily-csv");
    await expect(csv).toContainText("1302 [1299–1305]");
    await expect(csv).toContainText("4 open-weight models within the 95% interval");
    await expect(csv.getByTestId("counterpart").first()).toContainText("Gemma-3n-e4b-it 1305");
    await expect(csv.getByTestId("level-reached")).toContainText("2024-12-31 (DeepSeek-V3, 1315)");
    // "Proprietary" from 7 sources: the LMArena daily CSV, the HF tables, jasontrigg0, openlm.ai,
    // models.dev, and now the LMArena dataset (2026-06-25) and arena.ai's scrape (2026-07-13).
    await expect(modelPage.licenceHistory.locator("tbody tr")).toHaveCount(7);
    await expect(modelPage.sources).toContainText("LMArena daily CSV");
  });

  test("boards stay apart: one chart and one best rank per board", async ({ modelPage }) => {
    // The issue: /models/claude-opus-4-7 drew a code-arena (webdev) point on the text-rating
    // axis and called that board's rank "Best rank (Overall)".
    await modelPage.open("claude-opus-4-7");
    const boards = await modelPage.history
      .locator("section[data-board]")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-board")));
    expect(boards).toEqual(["text", "text.sc", "webdev"]);
    await expect(modelPage.board("webdev").locator("h3")).toHaveText(
      "WebDev arena, style control off",
    );
    // Lines are named by source; the webdev chart holds only the two webdev series.
    await expect(modelPage.board("webdev").getByTestId("legend-item")).toHaveText([
      "arena.ai daily leaderboard scrape",
      "LMArena leaderboard dataset (Hugging Face)",
    ]);
    const ranks = modelPage.bestRank.getByTestId("best-rank-board");
    await expect(ranks).toHaveCount(3);
    await expect(modelPage.bestRank).toContainText("Best rank in Overall");
    // arena.ai's webdev scrape of 2026-04-17 (61 rows) puts it first.
    await expect(ranks.filter({ hasText: "WebDev arena" })).toContainText(
      "WebDev arena, style control off: #1 of 61 on the arena.ai daily leaderboard scrape · WebDev arena snapshot of 2026-04-17",
    );
  });

  test("a history of two days gets a few weeks' window and several day ticks", async ({
    modelPage,
  }) => {
    // glm-5.3-max: rated on 2026-08-19 and 2026-08-21 only.
    await modelPage.open("glm-5.3-max");
    const charts = modelPage.history.locator("section[data-board]");
    for (const chart of await charts.all()) {
      const ticks = await chart.getByTestId("x-tick").allTextContents();
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      for (const t of ticks) expect(t).toMatch(/^2026-0[89]-\d\d$/);
    }
  });

  test("an open model: its closest proprietary peers", async ({ modelPage }) => {
    await modelPage.open("glm-4.5");
    await expect(modelPage.licenceClass).toHaveText("Open source (OSI licence)");
    await expect(modelPage.counterparts.locator("h2")).toHaveText(
      "Closest proprietary peers (Overall)",
    );
    // fboulnois CSV 2025-08-04: GLM-4.5 1434 [1425–1443] overlaps Grok-4 (1434), ChatGPT-4o-latest
    // 03-26 (1429), o3 (1428), Grok-3-preview (1423) and Gemini-2.5-Pro-preview-05-06 (1446);
    // proprietary first reached 1434 with Gemini-2.5-Pro-Exp-03-25 (1443) on 2025-03-26.
    const csv = modelPage.card("lmarena-daily-csv");
    await expect(csv).toContainText("5 proprietary models within the 95% interval");
    await expect(csv.getByTestId("counterpart").first()).toContainText("Grok-4-0709 1434");
    await expect(csv.getByTestId("level-reached")).toContainText(
      "2025-03-26 (Gemini-2.5-Pro-Exp-03-25, 1443)",
    );
    await csv.getByTestId("compare-counterparts").click();
    await expect(modelPage.page).toHaveURL(/\/compare\?models=glm-4\.5,grok-4-0709,/);
  });

  test("category and source controls change the chart and the URL", async ({ modelPage, page }) => {
    await modelPage.open("gpt-4o-2024-05-13");
    await modelPage.control("cat").selectOption("coding");
    await expect.poll(() => new URL(page.url()).searchParams.get("cat")).toBe("coding");
    await modelPage.waitForView();
    // Coding: arena-catalog, the LMArena dataset and arena.ai per-category, each with and
    // without style control (openlm.ai's one coding snapshot is a dot, not a line).
    await expect(modelPage.lines()).toHaveCount(6);
    await modelPage.control("source").selectOption("lmarena-catalog.sc");
    await expect
      .poll(() => new URL(page.url()).searchParams.get("source"))
      .toBe("lmarena-catalog.sc");
    await modelPage.waitForView();
    await expect(modelPage.lines()).toHaveCount(1);
    await expect(modelPage.counterparts.locator("h2")).toContainText("(Coding)");
  });

  test("an alias slug redirects to the canonical page", async ({ modelPage, page, request }) => {
    const res = await request.get("/models/meta-llama-3.1-405b-instruct", { maxRedirects: 0 });
    expect(res.status()).toBe(308);
    expect(res.headers()["location"]).toBe("/models/llama-3.1-405b-instruct");
    await page.goto("/models/Meta-Llama-3.1-405b-Instruct?cat=overall");
    await expect(page).toHaveURL(/\/models\/llama-3\.1-405b-instruct\?cat=overall$/);
    await expect(modelPage.name).toHaveText("Meta-Llama-3.1-405b-Instruct");
  });

  test("an unknown slug is a 404 with suggestions and a search", async ({ modelPage, page }) => {
    const res = await page.goto("/models/gpt-4o-2024-05");
    expect(res?.status()).toBe(404);
    // The suggestions are chosen on the server: the page carries them, not every rated model,
    // and what it says was asked comes from the address (a sent x-opengap-path is replaced).
    const raw = await page.request.get("/models/gpt-4o-2024-05", {
      headers: { "x-opengap-path": "/models/spoofed-slug" },
    });
    const body = await raw.text();
    expect(body).not.toContain("Meta-Llama-3.1-405b-Instruct");
    expect(body).not.toContain("spoofed-slug");
    await expect(modelPage.notFound.locator("h1")).toHaveText("Model not found");
    await expect(page.getByTestId("not-found-suggestions")).toContainText("GPT-4o-2024-05-13");
    await page.getByTestId("model-picker-input").fill("deepseek r1");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/models\/deepseek-r1$/);
    await expect(modelPage.name).toHaveText("DeepSeek-R1");
  });
});

test.describe("model pages look right", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`desktop and phone, ${scheme}`, async ({ modelPage, page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await modelPage.open("gpt-4o-2024-05-13");
      await modelPage.screenshot(`model-proprietary-desktop-${scheme}`);
      await page.setViewportSize({ width: 375, height: 800 });
      await modelPage.open("glm-4.5");
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await modelPage.screenshot(`model-open-phone-${scheme}`);
    });
  }
});

test("a model link with broken percent-encoding is a 400 that says why, not a 500", async ({
  request,
}) => {
  const res = await request.get("/models/%E0%A4%A");
  expect(res.status()).toBe(400);
  expect(await res.text()).toContain("stray %");
});
