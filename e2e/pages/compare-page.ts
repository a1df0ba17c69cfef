import type { Locator, Page } from "@playwright/test";

export class ComparePage {
  readonly controls: Locator;
  readonly chips: Locator;
  readonly picker: Locator;
  readonly options: Locator;
  readonly heading: Locator;
  readonly source: Locator;
  readonly date: Locator;
  readonly bars: Locator;
  readonly history: Locator;
  readonly notice: Locator;
  readonly snapshotNote: Locator;
  readonly emptyState: Locator;
  readonly copyLink: Locator;
  readonly citeText: Locator;

  constructor(readonly page: Page) {
    this.controls = page.getByTestId("compare-controls");
    this.chips = page.getByTestId("model-chip");
    this.picker = page.getByTestId("model-picker-input");
    this.options = page.getByTestId("model-picker-option");
    this.heading = page.getByTestId("compare-heading");
    this.source = page.getByTestId("compare-source");
    this.date = page.getByTestId("compare-date");
    this.bars = page.getByTestId("compare-bars");
    this.history = page.getByTestId("compare-history");
    this.notice = page.getByTestId("param-notice");
    this.snapshotNote = page.getByTestId("snapshot-note");
    this.emptyState = page.getByTestId("compare-empty");
    this.copyLink = page.getByTestId("copy-link");
    this.citeText = page.getByTestId("cite-text");
  }

  /** Opens a comparison and waits for its charts to be drawn (or for the empty state). */
  async open(query = ""): Promise<void> {
    await this.page.goto(`/compare${query}`);
    await this.waitForCharts();
  }

  async waitForCharts(page: Page = this.page): Promise<void> {
    await page
      .locator('[data-testid="compare-bars"] svg[role="img"], [data-testid="compare-empty"]')
      .first()
      .waitFor();
  }

  /** The rating shown for a model in a category of the delta table ("—" when missing). */
  rating(category: string, slug: string, page: Page = this.page): Locator {
    return page.getByTestId(`cell-${category}-${slug}`).getByTestId("rating");
  }

  /** Each legend entry's name and the colour of its icon (a bar's fill, a line's stroke). */
  async legendColours(chart: Locator): Promise<Record<string, string>> {
    const pairs = await chart.getByTestId("legend-item").evaluateAll((items) =>
      items.map((li) => {
        const icon = li.querySelector("svg > *");
        const fill = icon?.getAttribute("fill");
        const colour = fill && fill !== "none" ? fill : (icon?.getAttribute("stroke") ?? "");
        return [li.textContent?.trim() ?? "", colour] as const;
      }),
    );
    return Object.fromEntries(pairs);
  }

  /** The colours actually drawn: bar fills and line strokes. */
  async drawnColours(): Promise<{ bars: string[]; lines: string[] }> {
    const attr = (sel: string, name: string) =>
      this.page
        .locator(sel)
        .evaluateAll((els, n) => [...new Set(els.map((el) => el.getAttribute(n) ?? ""))], name);
    return {
      bars: await attr('[data-testid="compare-bars"] [data-testid="bar"]', "fill"),
      lines: await attr('[data-testid="compare-history"] [data-testid="chart-line"]', "stroke"),
    };
  }

  /** Waits until the picker's list answers what was typed (not the previous query's matches). */
  async waitForMatches(): Promise<void> {
    await this.page.locator('[data-testid="model-picker-list"]:not([aria-busy="true"])').waitFor({
      state: "attached",
    });
  }

  remove(slug: string): Locator {
    return this.page.getByTestId(`remove-${slug}`);
  }

  control(name: string): Locator {
    return this.page.getByTestId(`control-${name}`);
  }

  /** Slugs in the address's `models` list. */
  modelsInUrl(): string[] {
    return (new URL(this.page.url()).searchParams.get("models") ?? "").split(",").filter(Boolean);
  }

  /** Waits until the server's view for the current address has arrived (the form echoes its query). */
  async waitForView(): Promise<void> {
    await this.page.waitForFunction(() => {
      const form = document.querySelector('[data-testid="compare-controls"]');
      return (
        form?.getAttribute("data-query") === window.location.search &&
        form.getAttribute("aria-busy") !== "true"
      );
    });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
  }
}
