import type { Locator, Page } from "@playwright/test";

export class ModelPage {
  readonly name: Locator;
  readonly licenceClass: Locator;
  readonly facts: Locator;
  readonly bestRank: Locator;
  readonly history: Locator;
  readonly counterparts: Locator;
  readonly licenceHistory: Locator;
  readonly sources: Locator;
  readonly notFound: Locator;
  readonly controls: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByTestId("model-name");
    this.licenceClass = page.getByTestId("model-class");
    this.facts = page.getByTestId("model-facts");
    this.bestRank = page.getByTestId("best-rank");
    this.history = page.getByTestId("model-history");
    this.counterparts = page.getByTestId("counterparts");
    this.licenceHistory = page.getByTestId("licence-history");
    this.sources = page.getByTestId("model-sources");
    this.notFound = page.getByTestId("model-not-found");
    this.controls = page.getByTestId("model-controls");
  }

  async open(slug: string, query = ""): Promise<void> {
    await this.page.goto(`/models/${slug}${query}`);
    await this.history.getByRole("img").first().waitFor();
  }

  /** The substitutes/peers card of one board (a board key such as `lmarena-daily-csv`). */
  card(board: string): Locator {
    return this.page.locator(`[data-testid="counterpart-card"][data-board="${board}"]`);
  }

  control(name: string): Locator {
    return this.controls.getByTestId(`control-${name}`);
  }

  /** One board's history chart (`text`, `text.sc`, `webdev`, …). */
  board(id: string): Locator {
    return this.history.locator(`section[data-board="${id}"]`);
  }

  /** Drawn history lines (one per source). */
  lines(): Locator {
    return this.history.getByTestId("chart-line");
  }

  async waitForView(): Promise<void> {
    await this.page.waitForFunction(() => {
      const form = document.querySelector('[data-testid="model-controls"]');
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
