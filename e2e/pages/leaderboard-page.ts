import type { Locator, Page } from "@playwright/test";

export class LeaderboardPage {
  readonly controls: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly notice: Locator;
  readonly snapshotNotice: Locator;
  readonly snapshotDate: Locator;
  readonly shownSource: Locator;
  readonly rowCount: Locator;
  readonly changes: Locator;
  readonly cite: Locator;

  constructor(readonly page: Page) {
    this.controls = page.getByTestId("leaderboard-controls");
    this.table = page.getByTestId("leaderboard-table");
    this.rows = this.table.getByTestId("leaderboard-row");
    this.notice = page.getByTestId("param-notice");
    this.snapshotNotice = page.getByTestId("snapshot-notice");
    this.snapshotDate = page.getByTestId("snapshot-date");
    this.shownSource = page.getByTestId("shown-source");
    this.rowCount = page.getByTestId("row-count");
    this.changes = page.getByTestId("changes");
    this.cite = page.getByTestId("cite");
  }

  /** Opens /leaderboard with a query and waits until the controls are interactive. */
  async open(query = ""): Promise<void> {
    await this.page.goto(`/leaderboard${query}`);
    await this.page
      .locator('[data-testid="leaderboard-controls"][data-interactive="true"]')
      .waitFor();
  }

  control(name: string): Locator {
    return this.page.getByTestId(`control-${name}`);
  }

  sortHeader(column: string): Locator {
    return this.page.getByTestId(`sort-${column}`);
  }

  /** The row of one model, by its slug. */
  row(slug: string): Locator {
    return this.table.locator(`[data-testid="leaderboard-row"][data-model="${slug}"]`);
  }

  /** Text of one cell (by its data-testid) in every visible row, top to bottom. */
  async column(testId: string): Promise<string[]> {
    return this.rows.getByTestId(testId).allInnerTexts();
  }

  /** Waits until `key=value` is in the address and the server's view for it has arrived. */
  async waitForParam(key: string, value: string | null): Promise<void> {
    await this.page.waitForURL((url) => url.searchParams.get(key) === value);
    await this.waitForView();
  }

  /** Waits until the controls were rendered for the current address (the form echoes its query). */
  async waitForView(): Promise<void> {
    await this.page.waitForFunction(() => {
      const form = document.querySelector('[data-testid="leaderboard-controls"]');
      return (
        form?.getAttribute("data-query") === window.location.search &&
        form.getAttribute("aria-busy") !== "true"
      );
    });
  }

  async horizontalOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
  }
}
