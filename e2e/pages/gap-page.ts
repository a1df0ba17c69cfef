import type { Locator, Page } from "@playwright/test";

export class GapPage {
  readonly headline: Locator;
  readonly chart: Locator;
  readonly gapPoints: Locator;
  readonly gapPercent: Locator;
  readonly gapDate: Locator;
  readonly gapSource: Locator;
  readonly table: Locator;
  readonly notice: Locator;
  readonly emptyState: Locator;
  readonly copyLink: Locator;
  /** The share controls' Follow (feed URLs) and Embed (iframe snippet) disclosures. */
  readonly follow: Locator;
  readonly embed: Locator;
  /** The board's "today" (its newest complete snapshot) and the banner when that is stale. */
  readonly asOfDate: Locator;
  readonly asOfSource: Locator;
  readonly staleBanner: Locator;

  constructor(readonly page: Page) {
    this.headline = page.getByTestId("gap-headline");
    this.chart = page.getByTestId("gap-chart");
    this.gapPoints = page.getByTestId("gap-points");
    this.gapPercent = page.getByTestId("gap-percent");
    this.gapDate = page.getByTestId("gap-date");
    this.gapSource = page.getByTestId("gap-source");
    this.table = page.getByTestId("gap-table");
    this.notice = page.getByTestId("param-notice");
    this.emptyState = page.getByTestId("empty-state");
    this.copyLink = page.getByTestId("copy-link");
    this.follow = page.getByTestId("follow-control");
    this.embed = page.getByTestId("embed-control");
    this.asOfDate = page.getByTestId("as-of-date");
    this.asOfSource = page.getByTestId("as-of-source");
    this.staleBanner = page.getByTestId("stale-banner");
  }

  /** Opens a view; the filters panel (closed by default) is opened unless `filters` is false. */
  async open(query = "", { filters = true } = {}): Promise<void> {
    await this.page.goto(`/${query}`);
    await this.chart.getByRole("img").first().waitFor();
    if (filters) await this.openFilters();
  }

  async openFilters(): Promise<void> {
    const panel = this.page.getByTestId("filters-panel");
    if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open)))
      await panel.locator("summary").first().click();
  }

  control(name: string): Locator {
    return this.page.getByTestId(`control-${name}`);
  }

  preset(id: string): Locator {
    return this.page.getByTestId(`preset-${id}`);
  }

  /**
   * Waits until a client-side navigation has put `key=value` into the address and the server's
   * view for that address has arrived (the form echoes the query it was rendered for).
   */
  async waitForParam(key: string, value: string | RegExp): Promise<void> {
    await this.page.waitForURL((url) => {
      const v = url.searchParams.get(key);
      return v !== null && (typeof value === "string" ? v === value : value.test(v));
    });
    await this.waitForView();
  }

  /** Waits until the server's view for the current address has arrived. */
  async waitForView(): Promise<void> {
    await this.page.waitForFunction(() => {
      const form = document.querySelector('[data-testid="gap-controls"]');
      return (
        form?.getAttribute("data-query") === window.location.search &&
        form.getAttribute("aria-busy") !== "true"
      );
    });
  }

  /** The drawn line paths of the ratings chart (closed and open). */
  /** Hovers the server-drawn picture until the interactive (Recharts) charts replace it. */
  async loadInteractive(): Promise<Locator> {
    await this.chart.getByTestId("chart-picture").hover();
    const surface = this.chart.locator("svg.recharts-surface").first();
    await surface.waitFor();
    return surface;
  }

  linePaths(): Locator {
    return this.chart.getByTestId("ratings-plot").getByTestId("chart-line");
  }

  /** The headline numbers, for comparing two renderings of one view. */
  async headlineText(): Promise<string> {
    return (await this.headline.innerText()).replace(/\s+/g, " ");
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
  }
}
