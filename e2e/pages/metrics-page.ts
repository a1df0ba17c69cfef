import type { Locator, Page } from "@playwright/test";

export class MetricsPage {
  readonly picker: Locator;
  readonly panels: Locator;
  readonly summary: Locator;
  readonly notice: Locator;
  readonly unmatched: Locator;

  constructor(readonly page: Page) {
    this.picker = page.getByTestId("metric-picker");
    this.panels = page.getByTestId("metric-panel");
    this.summary = page.getByTestId("yardstick-summary");
    this.notice = page.getByTestId("param-notice");
    this.unmatched = page.getByTestId("unmatched");
  }

  /** Opens the side-by-side view and waits for every chart's server-drawn picture. */
  async open(query = ""): Promise<void> {
    await this.page.goto(`/metrics${query}`);
    await this.waitForCharts();
  }

  async waitForCharts(): Promise<void> {
    const count = await this.panels.count();
    for (let i = 0; i < count; i++)
      await this.panels.nth(i).locator('svg[role="img"]').first().waitFor();
  }

  panel(slug: string): Locator {
    return this.page.locator(`[data-testid="metric-panel"][data-metric="${slug}"]`);
  }

  chart(slug: string): Locator {
    return this.page.getByTestId(`metric-chart-${slug}`);
  }

  choice(slug: string): Locator {
    return this.page.getByTestId(`metric-choice-${slug}`);
  }

  /** Ticks or unticks a metric in the (folded) picker. */
  async choose(slug: string, on: boolean): Promise<void> {
    const details = this.picker.locator("details");
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
      await this.page.getByTestId("metric-picker-toggle").click();
    await this.choice(slug).setChecked(on);
  }

  /** Waits until the server has rendered the view for `query` (the form reports it). */
  async waitForQuery(query: string): Promise<void> {
    await this.page.locator(`[data-testid="metric-picker"][data-query="${query}"]`).waitFor();
    await this.waitForCharts();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
  }
}
