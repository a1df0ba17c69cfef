import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures-leaderboard";

// Hand-checked in ../shared/data/llm-leaderboard-csv-fboulnois/lmsys/2024.08.01/lmsys.csv:
// "4,Meta-Llama-3.1-405b-Instruct,1262,+7/-5,7322,Meta,Llama 3.1 Community,…" (122 rows).
const DAILY = "?source=lmarena-daily-csv";
const AUG_1 = `${DAILY}&at=2024-08-01`;

test.describe("leaderboard", () => {
  test("opens the newest snapshot with intervals and cites it", async ({ leaderboardPage: lb }) => {
    await lb.open();
    await expect(lb.page.getByTestId("source-choice")).toContainText("chosen automatically");
    await expect(lb.snapshotDate).toHaveText(/^20\d\d-\d\d-\d\d$/);
    const date = await lb.snapshotDate.innerText();
    await expect(lb.cite).toContainText(`snapshot ${date}`);
    await expect(lb.sortHeader("rank")).toHaveAttribute("aria-sort", "ascending");
    expect(await lb.column("cell-tier")).toContain("1");
    const first = lb.rows.first().getByTestId("cell-model");
    await expect(first).toHaveAttribute("href", /^\/models\/[a-z0-9.-]+$/);
    // The other sources of the board are one click away.
    await lb.page.getByTestId("other-sources").click();
    await lb.page.getByTestId("other-source-lmarena-daily-csv").click();
    await lb.waitForParam("source", "lmarena-daily-csv");
    await expect(lb.shownSource).toHaveText("LMArena daily CSV (fboulnois/llm-leaderboard-csv)");
    await expect(lb.snapshotDate).toHaveText("2025-08-04");
  });

  test("time travel: a date shows that day's board, a gap day the nearest earlier one", async ({
    leaderboardPage: lb,
  }) => {
    await lb.open(DAILY);
    await lb.control("at").fill("2024-08-01");
    await lb.waitForParam("at", "2024-08-01");
    await expect(lb.snapshotDate).toHaveText("2024-08-01");
    await expect(lb.snapshotNotice).toHaveCount(0);
    const llama = lb.row("llama-3.1-405b-instruct");
    await expect(llama.getByTestId("cell-rating")).toHaveText("1262 +7/−5");
    await expect(llama.getByTestId("cell-rank")).toHaveText("4");
    await expect(llama.getByTestId("cell-tier")).toHaveText("2");
    await expect(lb.rowCount).toHaveText("122 models");
    await expect(lb.cite).toContainText("lmsys/2024.08.01/lmsys.csv");

    await lb.control("at").fill("2024-08-03");
    await lb.waitForParam("at", "2024-08-03");
    await expect(lb.snapshotDate).toHaveText("2024-08-02");
    await expect(lb.snapshotNotice).toContainText("nearest earlier one, 2024-08-02");
    await lb.page.getByTestId("snapshot-previous").click();
    await lb.waitForParam("at", "2024-08-01");
    await expect(lb.snapshotDate).toHaveText("2024-08-01");
  });

  test("search keeps the models whose name contains the text", async ({ leaderboardPage: lb }) => {
    await lb.open(AUG_1);
    await lb.control("q").fill("LLaMA");
    await lb.waitForParam("q", "LLaMA");
    await expect(lb.rowCount).toHaveText("12 of 122 models");
    for (const name of await lb.column("cell-model")) expect(name).toMatch(/llama/i);
    await expect(lb.control("q")).toBeFocused();
  });

  test("column headers sort by link, both ways, with aria-sort", async ({
    leaderboardPage: lb,
  }) => {
    await lb.open(AUG_1);
    await lb.sortHeader("votes").getByRole("link").click();
    await lb.waitForParam("sort", "-votes");
    await expect(lb.sortHeader("votes")).toHaveAttribute("aria-sort", "descending");
    await expect(lb.sortHeader("rank")).not.toHaveAttribute("aria-sort");
    // 157,492 and 150,231 votes. A row shows the model's one display name: the CSV itself spells
    // it "Llama-3-70B-Instruct" from lmsys/2024.11.05 on, and the newest spelling wins.
    expect((await lb.column("cell-model")).slice(0, 2)).toEqual([
      "Llama-3-70B-Instruct",
      "Claude 3 Opus",
    ]);
    // The same header from the keyboard reverses the order.
    await lb.sortHeader("votes").getByRole("link").focus();
    await lb.page.keyboard.press("Enter");
    await lb.waitForParam("sort", "votes");
    await expect(lb.sortHeader("votes")).toHaveAttribute("aria-sort", "ascending");
    expect((await lb.column("cell-model"))[0]).toBe("CodeLlama-70B-instruct");
  });

  test("filters by licence class and organisation", async ({ leaderboardPage: lb }) => {
    await lb.open(AUG_1);
    await lb.control("cls-open-osi").check();
    await lb.waitForParam("cls", "open-osi");
    // 28 rows say Apache-2.0/Apache 2.0/MIT; the licence review (lib/identity/licence-review/)
    // moves Starling-LM-7B-beta (no-competition condition), ChatGLM2-6B and ChatGLM3-6B (weights
    // under their own licences) out and Yi-34B-Chat (relicensed to Apache 2.0) in: 26.
    await expect(lb.rowCount).toHaveText("26 of 122 models");
    expect(new Set(await lb.rows.getByTestId("licence-class").allInnerTexts())).toEqual(
      new Set(["Open source"]),
    );
    await lb.control("cls-open-osi").uncheck();
    await lb.waitForParam("cls", null);
    await lb.control("org-summary").click();
    await lb.control("org-meta").check();
    await lb.waitForParam("org", "meta");
    await expect(lb.rowCount).toHaveText("11 of 122 models");
    await expect(lb.control("org-summary")).toHaveText("1 selected");
  });

  test("lists new and moved models since the previous snapshot", async ({
    leaderboardPage: lb,
  }) => {
    // lmsys/2025.06.06 → 2025.06.12: one new model; the scale moved up (median +5).
    await lb.open(`${DAILY}&at=2025-06-12`);
    await expect(lb.changes).toContainText("2025-06-06 → 2025-06-12");
    await expect(lb.page.getByTestId("changes-added")).toContainText(
      "Amazon-Nova-Experimental-Chat-05-14 at rank 23 (1330)",
    );
    // The CSV's own name: "Claude 3.5 Sonnet (20240620)", 1276 at rank 51 → 1282 at rank 52.
    await expect(lb.page.getByTestId("changes-moved")).toContainText(
      "Claude 3.5 Sonnet (20240620): 1276 → 1282 (+6), rank 51 → 52",
    );
    await expect(lb.page.getByTestId("changes-shift")).toContainText("+5 points");
    await expect(lb.page.getByTestId("changes-removed")).toContainText("None.");
  });

  test("a deeper read is reported as coverage, not as new models", async ({
    leaderboardPage: lb,
    request,
  }) => {
    // arena.ai text (style control): the 2026-06-29 read lists 20 models, the 2026-07-01 board 50.
    // The issue counted 30 "new" (GPT-5.1, Sonnet 4.5, …); 27 were on earlier reads below #20.
    await lb.open("?source=arena-ai-daily&sc=1&at=2026-07-01");
    await expect(lb.changes).toContainText("2026-06-29 → 2026-07-01");
    await expect(lb.page.getByTestId("changes-coverage")).toContainText(
      "The board now lists 30 more models (20 → 50). 27 of them ranked below the previous snapshot's last row (#20)",
    );
    const added = lb.page.getByTestId("changes-added");
    await expect(added.locator("li")).toHaveCount(3);
    await expect(added).toContainText("claude-sonnet-5-thinking at rank 32");
    await expect(added).not.toContainText("GPT-5.1");
    // Its CSV keeps arena.ai's whole points; a fitted board gets one decimal.
    const whole = await request.get(
      "/api/leaderboard?source=arena-ai-daily&sc=1&at=2026-07-01&format=csv",
    );
    const row = (await whole.text()).split("\n")[1] ?? "";
    expect(row.split(",")[4]).toMatch(/^\d{4}$/);
    const fitted = await request.get("/api/leaderboard?source=lmarena-dataset&format=csv");
    // Rows without quoted cells, so a plain split finds the rating column.
    const ratings = (await fitted.text())
      .trim()
      .split("\n")
      .slice(1)
      .filter((l) => !l.includes('"'))
      .map((l) => l.split(",")[4]);
    expect(ratings.length).toBeGreaterThan(100);
    for (const r of ratings) expect(r).toMatch(/^\d{3,4}(\.\d)?$/);
  });

  test("bad at= and sort= values show notices and fall back", async ({ leaderboardPage: lb }) => {
    await lb.open("?at=yesterday&sort=elo");
    await expect(lb.notice).toContainText('Unknown at "yesterday". Valid: a date as YYYY-MM-DD');
    await expect(lb.notice).toContainText('Unknown sort "elo". Valid: rank, tier, model, rating');
    await expect(lb.sortHeader("rank")).toHaveAttribute("aria-sort", "ascending");
    await expect(lb.rows.first()).toBeVisible();

    await lb.open(`${DAILY}&at=2020-01-01`);
    await expect(lb.snapshotNotice).toContainText("2020-01-01 is before the first");
    await expect(lb.snapshotDate).toHaveText("2024-06-19");
  });

  test("exports the visible table as CSV; the API rejects bad input", async ({
    leaderboardPage: lb,
    request,
  }) => {
    await lb.open(`${AUG_1}&q=405b`);
    const [download] = await Promise.all([
      lb.page.waitForEvent("download"),
      lb.page.getByTestId("download-csv").click(),
    ]);
    const csv = await readFile((await download.path()) ?? "", "utf8");
    const lines = csv.trim().split("\n");
    expect(lines).toHaveLength(2);
    // Model facts merged over every source, leaderboards by priority: organisation "meta" from the
    // LMArena dataset (priority 0), the reviewed licence name, context 32,800 from arena.ai's
    // scrape, $3.5/$3.5 per M tokens from arena-catalog's scatterplot-data.json (fp8 entry, now
    // the same model).
    expect(lines[1]).toBe(
      "4,2,Meta-Llama-3.1-405b-Instruct,llama-3.1-405b-instruct,1262,1257,1269,7322,meta,Llama 3.1 Community,open-restricted,,,32800,3.5,3.5,lmarena-daily-csv,2024-08-01,overall",
    );
    const bad = await request.get("/api/leaderboard?sort=elo&format=json");
    expect(bad.status()).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("prefix - for descending");
  });

  test("fits a phone: the table scrolls inside its box", async ({ leaderboardPage: lb, page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await lb.open(AUG_1);
    expect(await lb.horizontalOverflow()).toBeLessThanOrEqual(0);
    const scroller = page.locator(".table-scroll").first();
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`screenshots, ${scheme}`, async ({ leaderboardPage: lb, page }) => {
      // A filtered board keeps the full-page screenshot short enough to read; it has changes too.
      const view = `${DAILY}&at=2025-06-12&org=anthropic,meta`;
      await page.emulateMedia({ colorScheme: scheme });
      await lb.open(view);
      await lb.screenshot(`leaderboard-desktop-${scheme}`);
      await page.setViewportSize({ width: 375, height: 800 });
      await lb.open(view);
      expect(await lb.horizontalOverflow()).toBeLessThanOrEqual(0);
      await lb.screenshot(`leaderboard-phone-${scheme}`);
    });
  }
});

test("a long board shows its first 100 rows and offers every row", async ({ page }) => {
  await page.goto("/leaderboard");
  const rows = page.getByTestId("leaderboard-table").locator("tbody tr");
  const total = Number((await page.getByTestId("row-count").innerText()).match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(100);
  await expect(rows).toHaveCount(100);
  await page
    .getByTestId("show-all")
    .getByRole("link", { name: `Show all ${total} models` })
    .click();
  await expect(page).toHaveURL(/all=1/);
  await expect(rows).toHaveCount(total);
});
