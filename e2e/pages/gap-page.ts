import type { Locator, Page } from "@playwright/test";

export class GapPage {
  readonly headline: Locator;
  readonly chart: Locator;
  readonly gapPoints: Locator;
  readonly gapPercent: Locator;
  readonly gapDate: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.headline = page.getByTestId("gap-headline");
    this.chart = page.getByTestId("gap-chart");
    this.gapPoints = page.getByTestId("gap-points");
    this.gapPercent = page.getByTestId("gap-percent");
    this.gapDate = page.getByTestId("gap-date");
    this.table = page.getByTestId("gap-table");
  }

  async open(query = ""): Promise<void> {
    await this.page.goto(`/${query}`);
    await this.chart.locator("svg.recharts-surface").first().waitFor();
  }

  /** The drawn line paths of the ratings chart (closed and open). */
  linePaths(): Locator {
    return this.chart.locator(".recharts-line-curve");
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
  }
}
