import { expect, test } from "./fixtures-compare";

// The fp8 spelling is now an alias of llama-3.1-405b-instruct (reviewed merge): links keep
// working and the view names the canonical slug.
const THREE = "gpt-4o-2024-05-13,llama-3.1-405b-instruct-fp8,deepseek-r1";
const THREE_CANONICAL = "gpt-4o-2024-05-13,llama-3.1-405b-instruct,deepseek-r1";

test.describe("compare: one snapshot of one source", () => {
  test("three models on the newest snapshot rating all of them, hand-checked", async ({
    comparePage,
  }) => {
    await comparePage.open(`?models=${THREE}`);
    // The newest snapshot rating all three: arena.ai data/2026-08-22/text.json ("last_updated":
    // "Aug 21, 2026", style control): gpt-4o-2024-05-13 1346 ±3, llama-3.1-405b-instruct-fp8
    // 1333 ±4, deepseek-r1 1398 ±5. That scrape has the overall board only.
    await expect(comparePage.source).toHaveText(
      "arena.ai daily leaderboard scrape · style control",
    );
    await expect(comparePage.date).toHaveText("2026-08-21");
    await expect(comparePage.rating("overall", "gpt-4o-2024-05-13")).toHaveText("1346");
    await expect(comparePage.rating("overall", "llama-3.1-405b-instruct")).toHaveText("1333");
    await expect(comparePage.rating("overall", "deepseek-r1")).toHaveText("1398");
    await expect(comparePage.page.getByTestId("cell-overall-deepseek-r1")).toContainText(
      "+52, apart",
    );
    // 1 category × 3 models, each with a whisker: first the server-drawn picture, then (on
    // hover) the interactive chart with the same bars.
    await expect(comparePage.bars.getByTestId("bar")).toHaveCount(3);
    await expect(comparePage.bars.getByTestId("whisker")).toHaveCount(3);
    await expect(comparePage.history.getByTestId("chart-line")).toHaveCount(3);
    await expect(comparePage.bars.locator(".recharts-bar-rectangle")).toHaveCount(0);
    await comparePage.bars.hover();
    await expect(comparePage.bars.locator(".recharts-bar-rectangle")).toHaveCount(3);
    await expect(comparePage.bars.locator(".recharts-errorBar")).toHaveCount(3);
    await comparePage.history.hover();
    await expect(comparePage.history.locator(".recharts-line-curve")).toHaveCount(3);
    await expect(comparePage.chips).toHaveCount(3);
    expect(comparePage.modelsInUrl()).toEqual(THREE.split(","));
    await expect(comparePage.chips.nth(1)).toHaveAttribute("data-slug", "llama-3.1-405b-instruct");
  });

  test("a model the snapshot lacks shows as missing, never as zero", async ({ comparePage }) => {
    await comparePage.open(
      "?models=gpt-4o-2024-05-13,deepseek-r1,claude-opus-4-6&source=lmarena-daily-csv",
    );
    await expect(comparePage.rating("overall", "claude-opus-4-6")).toHaveText("—");
    await expect(comparePage.bars.getByTestId("bar")).toHaveCount(2);
    await expect(comparePage.history.getByTestId("chart-line")).toHaveCount(2);
  });

  test("a date without a snapshot uses the nearest earlier one and says so", async ({
    comparePage,
  }) => {
    await comparePage.open(
      "?models=gpt-4o-2024-05-13,deepseek-r1&source=lmarena-daily-csv&at=2025-02-02",
    );
    await expect(comparePage.date).toHaveText("2025-01-29");
    await expect(comparePage.snapshotNote).toContainText("No LMArena daily CSV");
    await expect(comparePage.snapshotNote).toContainText("nearest earlier one, 2025-01-29");
    // lmsys/2025.01.29/lmsys.csv: DeepSeek-R1 1358 +8/-9, GPT-4o-2024-05-13 1285 +3/-3.
    await expect(comparePage.rating("overall", "deepseek-r1")).toHaveText("1358");
    await expect(comparePage.page.getByTestId("cell-overall-gpt-4o-2024-05-13")).toContainText(
      "1285 [1282–1288]",
    );
  });
});

test.describe("compare: picking models", () => {
  test("add with the keyboard picker, then remove with the keyboard", async ({
    comparePage,
    page,
  }) => {
    await comparePage.open("?models=gpt-4o-2024-05-13,deepseek-r1");
    await comparePage.picker.focus();
    await page.keyboard.type("glm 4.5");
    await comparePage.waitForMatches();
    await expect(comparePage.picker).toHaveAttribute("aria-expanded", "true");
    const first = comparePage.options.first();
    await expect(first).toHaveAttribute("data-slug", "glm-4.5");
    // Nothing is highlighted until an arrow moves.
    await expect(first).toHaveAttribute("aria-selected", "false");
    await expect(comparePage.picker).not.toHaveAttribute("aria-activedescendant");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(comparePage.options.nth(1)).toHaveAttribute("aria-selected", "true");
    const active = await comparePage.picker.getAttribute("aria-activedescendant");
    expect(active).toBe(await comparePage.options.nth(1).getAttribute("id"));
    await page.keyboard.press("ArrowUp");
    await expect(first).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => comparePage.modelsInUrl())
      .toEqual(["gpt-4o-2024-05-13", "deepseek-r1", "glm-4.5"]);
    await comparePage.waitForView();
    await expect(comparePage.chips).toHaveCount(3);
    await expect(comparePage.page.getByTestId("cell-overall-glm-4.5")).toBeVisible();

    await comparePage.remove("deepseek-r1").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => comparePage.modelsInUrl()).toEqual(["gpt-4o-2024-05-13", "glm-4.5"]);
    await comparePage.waitForView();
    await expect(comparePage.chips).toHaveCount(2);
    // Focus returns to the picker, so a keyboard user keeps their place.
    await expect(comparePage.picker).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(comparePage.picker).toHaveValue("");
  });

  test("ArrowDown then Enter picks the first match", async ({ comparePage, page }) => {
    await comparePage.open("?models=gpt-4o-2024-05-13,deepseek-r1");
    await comparePage.picker.focus();
    await page.keyboard.type("chatgpt-4o-latest");
    await comparePage.waitForMatches();
    await expect(comparePage.picker).toHaveAttribute("aria-expanded", "true");
    const firstSlug = await comparePage.options.first().getAttribute("data-slug");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => comparePage.modelsInUrl())
      .toEqual(["gpt-4o-2024-05-13", "deepseek-r1", firstSlug]);
  });

  test("the picker lists each model once, dated variants told apart", async ({
    comparePage,
    page,
  }) => {
    await comparePage.open("?models=gpt-4o-2024-05-13,deepseek-r1");
    await comparePage.picker.fill("chatgpt-4o-latest");
    await expect(comparePage.options).toHaveCount(5);
    // The issue saw ChatGPT-4o-latest (2024-08-08) three times: its three spellings were rows.
    const texts = await comparePage.options.allInnerTexts();
    expect(texts.length).toBe(5);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => t.includes("ChatGPT-4o-latest (2024-08-08)"))).toHaveLength(1);
    await expect(comparePage.options.first()).toContainText("OpenAI · Proprietary · since 2024-08");
    await comparePage.picker.fill("llama 3.1 405b");
    await expect(comparePage.options).toHaveCount(2);
    await expect(page.getByTestId("model-picker-list")).toContainText("Instruct-bf16");
  });

  test("the picker asks the server as you type: a miss, a failed search and its retry", async ({
    comparePage,
    page,
  }) => {
    await comparePage.open("?models=gpt-4o-2024-05-13,deepseek-r1");
    // The page carries no model list: the picker fetches matches (/compare grew with the history).
    const html = await (
      await page.request.get("/compare?models=gpt-4o-2024-05-13,deepseek-r1")
    ).text();
    expect(html).not.toContain("Meta-Llama-3.1-405b-Instruct");
    const asked: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/models?")) asked.push(new URL(r.url()).search);
    });
    const note = page.getByTestId("model-picker-note");
    await comparePage.picker.fill("zzzz-no-such-model");
    await expect(note).toHaveText("No rated model matches “zzzz-no-such-model”.");
    expect(asked.at(-1)).toContain("exclude=deepseek-r1%2Cgpt-4o-2024-05-13");

    // A failing server: the list says so and offers a retry; nothing is picked.
    let fail = true;
    await page.route("**/api/models?*", (route) =>
      fail
        ? route.fulfill({ status: 503, json: { error: "the database is busy" } })
        : route.continue(),
    );
    await comparePage.picker.fill("llama 3.1 405b");
    await expect(note).toContainText("The search failed (the database is busy).");
    await expect(note.getByRole("button", { name: "Try again" })).toBeVisible();
    await expect(comparePage.picker).toHaveAttribute("aria-expanded", "false");
    fail = false;
    await page.keyboard.press("Enter"); // retries, as the note says
    await expect(comparePage.options).toHaveCount(2);
    await expect(note).toBeHidden();
    expect(comparePage.modelsInUrl()).toEqual(["gpt-4o-2024-05-13", "deepseek-r1"]);
  });

  test("Enter typed before the answer arrives picks the first match once it does", async ({
    comparePage,
    page,
  }) => {
    await comparePage.open("?models=gpt-4o-2024-05-13,deepseek-r1");
    // Hold the answer back long enough that Enter certainly comes first.
    await page.route("**/api/models?*", async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    await comparePage.picker.fill("glm 4.5");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => comparePage.modelsInUrl())
      .toEqual(["gpt-4o-2024-05-13", "deepseek-r1", "glm-4.5"]);
  });

  test("fewer than two known models: a notice naming the bad ones and suggestions", async ({
    comparePage,
  }) => {
    await comparePage.open("?models=not-a-model,gpt-4o-2024-05-13");
    await expect(comparePage.notice).toContainText("Ignored unknown model: not-a-model");
    await expect(comparePage.emptyState).toContainText("Add one more model");
    const suggestion = comparePage.emptyState.getByTestId("compare-suggestion").first();
    await expect(suggestion).toContainText("the current best proprietary and best open-weight");
    await suggestion.click();
    await comparePage.waitForCharts();
    await expect(comparePage.chips).toHaveCount(2);
  });

  test("unknown and malformed slugs are named; the valid ones still compare", async ({
    comparePage,
  }) => {
    await comparePage.open(
      "?models=gpt-4o-2024-05-13,gpt-9-ultra,deepseek-r1,%F0%9F%92%A5&cat=poetry",
    );
    await expect(comparePage.notice).toContainText("gpt-9-ultra");
    await expect(comparePage.notice).toContainText("not a model name or slug");
    await expect(comparePage.notice).toContainText('no "poetry" ratings');
    await expect(comparePage.chips).toHaveCount(2);
    // arena.ai's 2026-08-21 scrape, as above.
    await expect(comparePage.rating("overall", "deepseek-r1")).toHaveText("1398");
  });
});

test.describe("compare: one colour per model", () => {
  for (const [label, query] of [
    ["three models on the LMArena dataset", `?models=${THREE}&source=lmarena-dataset.sc`],
    // The daily CSV lacks claude-opus-4-6: its lines come back in another order than the URL's.
    [
      "a model without a rating",
      "?models=claude-opus-4-6,gpt-4o-2024-05-13,deepseek-r1&source=lmarena-daily-csv",
    ],
  ] as const) {
    test(`bars and history lines share each model's colour: ${label}`, async ({ comparePage }) => {
      await comparePage.open(query);
      await comparePage.history.getByTestId("chart-line").first().waitFor();
      const bars = await comparePage.legendColours(comparePage.bars);
      const lines = await comparePage.legendColours(comparePage.history);
      expect(Object.keys(lines).length).toBeGreaterThanOrEqual(2);
      for (const [name, colour] of Object.entries(lines)) expect(bars[name], name).toBe(colour);
      expect(new Set(Object.values(bars)).size).toBe(Object.keys(bars).length);
      // What is drawn uses the legend's colours, nothing else.
      const drawn = await comparePage.drawnColours();
      for (const c of drawn.lines) expect(Object.values(lines)).toContain(c);
      for (const c of drawn.bars) expect(Object.values(bars)).toContain(c);
    });
  }
});

test.describe("compare without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a plain text field submits the models, and chips remove by link", async ({ page }) => {
    await page.goto("/compare?models=gpt-4o-2024-05-13,deepseek-r1");
    await expect(page.getByTestId("model-picker-input")).toBeHidden();
    const field = page.locator('input[name="models"]');
    await field.fill("gpt-4o-2024-05-13, GLM-4.5");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByTestId("cell-overall-glm-4.5").getByTestId("rating")).toHaveText(
      /^\d{4}$/,
    );
    await page.getByTestId("remove-gpt-4o-2024-05-13").click();
    await expect(page).toHaveURL(/\/compare\?models=glm-4\.5$/);
    await expect(page.getByTestId("compare-empty")).toContainText("Add one more model");
  });
});

test.describe("compare: sharing, exports and images", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("a pinned, copied link reopens the same view in a new browser context", async ({
    comparePage,
    page,
    browser,
  }) => {
    page.on("dialog", (d) => void d.dismiss());
    await comparePage.open(`?models=${THREE}`);
    // The automatic board (arena.ai's scrape) has overall only: pick one with categories.
    await comparePage.control("source").selectOption("lmarena-dataset.sc");
    await expect
      .poll(() => new URL(page.url()).searchParams.get("source"))
      .toBe("lmarena-dataset.sc");
    await comparePage.waitForView();
    await comparePage.control("cat").selectOption("coding");
    await expect.poll(() => new URL(page.url()).searchParams.get("cat")).toBe("coding");
    await comparePage.waitForView();
    await page.getByTestId("pin-snapshot").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("at")).toBe("2026-08-19");
    await comparePage.waitForCharts();
    await comparePage.copyLink.click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    expect(link).toContain("source=lmarena-dataset.sc");
    const table = await page.getByTestId("delta-table").innerText();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await comparePage.waitForCharts(other);
    expect(await other.getByTestId("delta-table").innerText()).toBe(table);
    await expect(other.getByTestId("control-cat")).toHaveValue("coding");
    // text_style_control.csv, published 2026-08-19, coding: deepseek-r1 1444.57.
    await expect(comparePage.rating("coding", "deepseek-r1", other)).toHaveText("1445");
    await fresh.close();
  });

  test("cite this view names the source, snapshot and a pinned link", async ({
    comparePage,
    page,
  }) => {
    await comparePage.open(`?models=${THREE}`);
    const today = new Date().toISOString().slice(0, 10);
    const origin = new URL(page.url()).origin;
    const expected = `OpenGap, GPT-4o-2024-05-13 vs Meta-Llama-3.1-405b-Instruct vs DeepSeek-R1, arena.ai daily leaderboard scrape · style control snapshot 2026-08-21, ${origin}/compare?models=${THREE_CANONICAL}&at=2026-08-21&source=arena-ai-daily.sc, accessed ${today}`;
    await expect(comparePage.citeText).toHaveText(expected);
    await page.getByTestId("copy-citation").click();
    await expect(page.getByTestId("copy-citation")).toHaveText("Citation copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  test("CSV and JSON exports carry the same numbers; bad input is a 400", async ({ request }) => {
    const csv = await request.get(`/api/compare?models=${THREE}&format=csv`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toBe(
      "category,model_slug,model,organization,licence_class,rating,lower,upper,delta_vs_first,overlaps_first,source,snapshot_date",
    );
    // arena.ai's scrape publishes whole numbers and ± half-widths: 1398 +5/−5, 52 above GPT-4o's
    // 1346, intervals apart. The organisation comes from the LMArena dataset ("deepseek").
    const r1 = lines.find((l) => l.startsWith("overall,deepseek-r1,"));
    expect(r1).toBe(
      "overall,deepseek-r1,DeepSeek-R1,deepseek,open-osi,1398,1393,1403,52,false,arena-ai-daily.sc,2026-08-21",
    );
    // The LMArena dataset publishes fitted ratings (1398.1032943807409 for DeepSeek-R1): one
    // decimal in the CSV, the JSON unrounded.
    const fitted = await request.get(
      `/api/compare?models=${THREE}&source=lmarena-dataset.sc&format=csv`,
    );
    const fittedRow = (await fitted.text())
      .split("\n")
      .find((l) => l.startsWith("overall,deepseek-r1,"));
    expect(fittedRow).toBe(
      "overall,deepseek-r1,DeepSeek-R1,deepseek,open-osi,1398.1,1393.2,1403,52.1,false,lmarena-dataset.sc,2026-08-19",
    );
    const json = await request.get(`/api/compare?models=${THREE}`);
    const body = (await json.json()) as { snapshot: { date: string; source: string } };
    expect(body.snapshot).toMatchObject({ date: "2026-08-21", source: "arena-ai-daily.sc" });
    const bad = await request.get("/api/compare?models=gpt-4o-2024-05-13,nope");
    expect(bad.status()).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("nope");
  });

  test("Open Graph images are PNGs, and the page's metadata points at them", async ({
    request,
    page,
  }) => {
    const magic = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    for (const url of [
      `/api/og/compare?models=${THREE}`,
      "/api/og/compare?models=nope",
      "/api/og/gap?cat=coding",
    ]) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      expect(res.headers()["content-type"]).toBe("image/png");
      expect([...(await res.body()).subarray(0, 8)]).toEqual(magic);
    }
    await page.goto(`/compare?models=${THREE}`);
    const og = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(og).toMatch(new RegExp(`/api/og/compare\\?models=${THREE_CANONICAL}$`));
  });
});

test.describe("compare looks right", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`desktop and phone, ${scheme}`, async ({ comparePage, page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await comparePage.open(`?models=${THREE}`);
      await comparePage.screenshot(`compare-desktop-${scheme}`);
      await page.setViewportSize({ width: 375, height: 800 });
      await comparePage.open(`?models=${THREE}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await comparePage.screenshot(`compare-phone-${scheme}`);
    });
  }
});
