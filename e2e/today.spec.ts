import { expect, test } from "./fixtures-leaderboard";

// "Today" is each board's newest complete snapshot (lib/today/pick-board-today.ts). The bundled
// data ends in August 2026, months before the clock, so every page also says it is stale.

const DATASET = "LMArena leaderboard dataset (Hugging Face)";
const DAILY_CSV = "LMArena daily CSV (fboulnois/llm-leaderboard-csv)";
const SCRAPE = "arena.ai daily leaderboard scrape";
const CATEGORIES = "arena.ai per-category boards (SmallAi-API/LLM-Ranking)";
const ELO_HISTORY = "Chatbot Arena rating history (jasontrigg0)";

test.describe("each page names its board's today", () => {
  test("the home page: the LMArena dataset of 2026-08-19, flagged as stale", async ({
    gapPage,
    page,
  }) => {
    await gapPage.open();
    // lmarena-leaderboard-dataset-scarlett9826/text.csv, newest publish date 2026-08-19, overall:
    // claude-opus-5-high 1505.10 (rank 1) vs kimi-k3-max 1476.94, the best open model (rank 15):
    // 28.2 points, 1.9% of the open rating.
    await expect(gapPage.asOfDate).toHaveText("2026-08-19");
    await expect(gapPage.asOfSource).toHaveText(DATASET);
    await expect(gapPage.gapDate).toHaveText("2026-08-19");
    await expect(gapPage.gapSource).toHaveText(DATASET);
    await expect(gapPage.gapPoints).toHaveText("28 points");
    await expect(gapPage.gapPercent).toHaveText("1.9% of the open model's rating");
    await expect(gapPage.staleBanner).toContainText("The newest complete leaderboard here is from");
    await gapPage.staleBanner.getByRole("link", { name: "data status" }).click();
    await expect(page).toHaveURL(/\/status$/);
  });

  test("style control on: arena.ai's scrape of 2026-08-21", async ({ gapPage }) => {
    await gapPage.open("?sc=1");
    // arena-ai-leaderboards-aabao325/data/2026-08-22/text.json ("last_updated": "Aug 21, 2026"):
    // claude-fable-5 1508 vs kimi-k3-max 1489 (rank 10, the first open licence): 19 points, 1.3%.
    await expect(gapPage.asOfDate).toHaveText("2026-08-21");
    await expect(gapPage.asOfSource).toHaveText(SCRAPE);
    await expect(gapPage.gapDate).toHaveText("2026-08-21");
    await expect(gapPage.gapSource).toHaveText(SCRAPE);
    await expect(gapPage.gapPoints).toHaveText("19 points");
    await expect(gapPage.gapPercent).toHaveText("1.3% of the open model's rating");
    await expect(gapPage.staleBanner).toBeVisible();
  });

  test("a leaderboard date picks the complete board that covered it, not a 2026 board", async ({
    leaderboardPage: lb,
  }) => {
    await lb.open("?at=2024-08-01");
    // llm-leaderboard-csv-fboulnois/lmsys/2024.08.01/lmsys.csv: 122 rows, Llama 3.1 405B rank 4.
    await expect(lb.snapshotDate).toHaveText("2024-08-01");
    await expect(lb.shownSource).toHaveText(DAILY_CSV);
    await expect(lb.rowCount).toHaveText("122 models");
    await expect(lb.row("llama-3.1-405b-instruct").getByTestId("cell-rating")).toHaveText(
      "1262 +7/−5",
    );
    await expect(lb.cite).toContainText("lmsys/2024.08.01/lmsys.csv");
  });
});

// Per published figure: OpenGap's verdict, and the board its figure was computed on (the newest
// complete board on or before the figure's date).
const FIGURES = [
  ["ai-index-2025-jan-2024", "Does not match", ELO_HISTORY, "2024-01-09"],
  // lmsys/2025.02.12/lmsys.csv: Gemini-2.0-Flash-Thinking-Exp-01-21 1384 vs DeepSeek-R1 1361,
  // 23 / 1361 = 1.69% (published: 1.70%).
  ["ai-index-2025-feb-2025", "Matches", DAILY_CSV, "2025-02-12"],
  ["ai-index-2026-may-2023-points", "Does not match", ELO_HISTORY, "2023-05-22"],
  ["ai-index-2026-aug-2024-points", "Does not match", DAILY_CSV, "2024-08-30"],
  // leaderboard-text-style-control.csv, commit baea4403a63b of 2026-03-12, "full": claude-opus-4-6
  // 1503 vs glm-5 1454, 49 points: 3.37% of the open rating (published 3.4%) and 3.26% of the
  // proprietary one (the highlight's 3.3%).
  ["ai-index-2026-mar-2026-pct", "Matches", CATEGORIES, "2026-03-12"],
  ["ai-index-2026-mar-2026-highlight", "Matches", CATEGORIES, "2026-03-12"],
  ["epoch-oct-2025", "Does not match", "LMArena arena-catalog", "2025-08-28"],
  ["epoch-jan-may-2026", "Does not match", CATEGORIES, "2026-05-28"],
  // The same file, commit b6bdfdd2abd7 of 2026-05-28: claude-opus-4-6-thinking 1502 vs glm-5.1
  // 1474, 28 points (published: about +30).
  ["lmarena-may-2026", "Matches", CATEGORIES, "2026-05-28"],
] as const;

test.describe("published figures, reproduced", () => {
  test("nine figures with their verdicts; each view opens on the figure's board and date", async ({
    figuresPage,
    gapPage,
    page,
  }) => {
    test.setTimeout(90_000);
    await figuresPage.open();
    await expect(figuresPage.rows).toHaveCount(FIGURES.length);
    for (const [id, verdict, source, date] of FIGURES) {
      await expect(figuresPage.verdict(id), id).toHaveText(verdict);
      await expect(figuresPage.row(id), id).toContainText(`${source}, ${date}, style control`);
    }
    for (const [id, , source, date] of FIGURES) {
      await figuresPage.open();
      await figuresPage.viewLink(id).click();
      await page.waitForURL((url) => url.pathname === "/" && url.searchParams.get("to") === date);
      await gapPage.chart.getByRole("img").first().waitFor();
      await expect(gapPage.gapDate, id).toHaveText(date);
      await expect(gapPage.gapSource, id).toHaveText(source);
    }
  });
});

test.describe("today's pages look right", () => {
  const SIZES = [
    ["desktop", { width: 1280, height: 800 }],
    ["phone", { width: 375, height: 812 }],
  ] as const;

  for (const [size, viewport] of SIZES) {
    test(`home, figures and a 2024 leaderboard at ${viewport.width} px`, async ({
      gapPage,
      figuresPage,
      leaderboardPage,
      page,
    }) => {
      await page.setViewportSize(viewport);
      const views = [
        ["today-home", () => gapPage.open(), gapPage],
        ["today-figures", () => figuresPage.open(), figuresPage],
        [
          "today-leaderboard-2024-08-01",
          () => leaderboardPage.open("?at=2024-08-01"),
          leaderboardPage,
        ],
      ] as const;
      for (const [name, open, view] of views) {
        await open();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, name).toBeLessThanOrEqual(0);
        await view.screenshot(`${name}-${size}`);
      }
    });
  }
});
