import { expect, test } from "./fixtures-metrics";

const FOUR = ["epoch-eci-2026-03", "epoch-gpqa-diamond", "swe-bench-verified", "livebench-average"];

test.describe("metrics: the gap on every yardstick", () => {
  test("draws the four default yardsticks side by side, with their own figures and licences", async ({
    metricsPage,
  }) => {
    await metricsPage.open();
    await expect(metricsPage.panels).toHaveCount(4);
    // Each chart is first a server-drawn picture (two step lines, no Recharts loaded)...
    for (const slug of FOUR) {
      await expect(metricsPage.chart(slug).locator('svg[role="img"]')).toBeVisible();
      await expect(metricsPage.chart(slug).getByTestId("chart-line")).toHaveCount(2);
      await expect(metricsPage.chart(slug).locator("svg.recharts-surface")).toHaveCount(0);
    }
    // ...and the interactive chart, with its tooltip, once a reader reaches for it.
    const first = metricsPage.chart(FOUR[0] ?? "");
    await first.hover();
    await expect(first.locator("svg.recharts-surface")).toBeVisible();
    await expect(first.locator(".recharts-line-curve")).toHaveCount(2);
    // Hand-checked on the raw files (lib/metrics/build-metric-series.test.ts): SWE-bench Verified
    // on 2025-12-10, TRAE + Doubao-Seed-Code 78.8 vs Lingxi v1.5 x Kimi K2 71.2.
    const swe = metricsPage.panel("swe-bench-verified");
    await expect(swe.getByTestId("metric-gap")).toHaveText("7.6 pp");
    await expect(swe.getByTestId("metric-months")).toHaveText("6.6");
    await expect(swe.getByTestId("non-commercial")).toHaveText("Non-commercial use only");
    await expect(
      metricsPage.panel("epoch-gpqa-diamond").getByTestId("metric-licence"),
    ).toContainText("CC BY 4.0");
    await expect(metricsPage.summary).toContainText("agree");
    await expect(metricsPage.unmatched.getByTestId("unmatched-count")).toHaveCount(5);
  });

  test("a metric choice changes the URL, and the URL reopens the same view", async ({
    metricsPage,
    page,
  }) => {
    await metricsPage.open();
    await metricsPage.choose("swe-bench-bash-only", true);
    const query = `?m=${[...FOUR, "swe-bench-bash-only"].join(",")}`;
    await expect(page).toHaveURL(`/metrics${query}`);
    await metricsPage.waitForQuery(query);
    await expect(metricsPage.panels).toHaveCount(5);
    // The end-of-2025 bash-only figure: Claude 4.5 Opus 74.4 vs MiniMax M2 61.0.
    const bash = metricsPage.panel("swe-bench-bash-only");
    await expect(bash.getByTestId("metric-gap")).toHaveText("13.4 pp");
    const before = await metricsPage.panels.evaluateAll((els) =>
      els.map(
        (e) =>
          `${e.getAttribute("data-metric")}: ${e.querySelector('[data-testid="metric-latest"]')?.textContent}`,
      ),
    );
    await metricsPage.choose("epoch-gpqa-diamond", false);
    const fewer = `?m=${["epoch-eci-2026-03", "swe-bench-verified", "livebench-average", "swe-bench-bash-only"].join(",")}`;
    await expect(page).toHaveURL(`/metrics${fewer}`);
    await metricsPage.waitForQuery(fewer);
    await expect(metricsPage.panels).toHaveCount(4);
    await metricsPage.open(query);
    const after = await metricsPage.panels.evaluateAll((els) =>
      els.map(
        (e) =>
          `${e.getAttribute("data-metric")}: ${e.querySelector('[data-testid="metric-latest"]')?.textContent}`,
      ),
    );
    expect(after).toEqual(before);
    await expect(metricsPage.choice("swe-bench-bash-only")).toBeChecked();
  });

  test("a bad link keeps the page and says what it ignored", async ({ metricsPage }) => {
    await metricsPage.open("?m=no-such-metric,epoch-eci&from=2024-13-01");
    await expect(metricsPage.notice).toContainText('Unknown metric "no-such-metric"');
    await expect(metricsPage.panels).toHaveCount(1);
  });

  test("GET /api/metrics answers JSON and CSV, with licences, and 400 on bad values", async ({
    request,
  }) => {
    const json = await request.get("/api/metrics?m=swe-bench-bash-only,epoch-eci");
    expect(json.status()).toBe(200);
    const body = (await json.json()) as {
      metrics: { metric: { slug: string; nonCommercial: boolean }; latest: { gap: number } }[];
    };
    expect(body.metrics.map((m) => m.metric.slug)).toEqual(["swe-bench-bash-only", "epoch-eci"]);
    expect(body.metrics[0]?.metric.nonCommercial).toBe(true);
    expect(body.metrics[0]?.latest.gap).toBeCloseTo(13.4, 6);
    const csv = await request.get("/api/metrics?m=swe-bench-bash-only&format=csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toContain("data_licence,non_commercial,attribution");
    expect(lines.at(-1)).toContain("CC BY-NC 4.0");
    const bad = await request.get("/api/metrics?m=nope&format=xml");
    expect(bad.status()).toBe(400);
  });
});

test.describe("benchmarks beside the Arena ratings", () => {
  test("/compare and model pages list every benchmark, with 'no score' where there is none", async ({
    page,
  }) => {
    await page.goto("/compare?models=deepseek-r1,o3-2025-04-16");
    const table = page.getByTestId("model-benchmarks");
    // gpqa_diamond.csv: o3-2025-04-16_high 0.8182 (its best run); DeepSeek-R1 0.6922.
    await expect(table.getByTestId("benchmark-epoch-gpqa-diamond-o3-2025-04-16")).toContainText(
      "81.8%",
    );
    await expect(table.getByTestId("benchmark-epoch-gpqa-diamond-deepseek-r1")).toContainText(
      "69.2%",
    );
    await expect(table.getByTestId("benchmark-swe-bench-bash-only-deepseek-r1")).toHaveText(
      "no score",
    );
    await expect(table.locator('tr[data-metric="swe-bench-bash-only"]')).toContainText(
      "Non-commercial use only",
    );
    await page.goto("/models/o3-2025-04-16");
    await expect(
      page
        .getByTestId("model-benchmarks")
        .getByTestId("benchmark-swe-bench-bash-only-o3-2025-04-16"),
    ).toContainText("58.4%");
  });
});

test.describe("metrics looks right", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`desktop and phone, ${scheme}`, async ({ metricsPage, page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1280, height: 800 });
      await metricsPage.open();
      await metricsPage.screenshot(`metrics-desktop-${scheme}`);
      await page.setViewportSize({ width: 375, height: 812 });
      await metricsPage.open();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await metricsPage.screenshot(`metrics-phone-${scheme}`);
    });
  }
});
