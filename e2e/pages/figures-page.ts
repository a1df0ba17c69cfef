import type { Locator, Page } from "@playwright/test";

export class FiguresPage {
  readonly table: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId("figures");
    this.rows = this.table.locator("tbody tr");
  }

  async open(): Promise<void> {
    await this.page.goto("/figures");
    await this.table.waitFor();
  }

  /** One published figure's row, by its id in lib/figures/published-figures.ts. */
  row(id: string): Locator {
    return this.table.locator(`tr[data-figure="${id}"]`);
  }

  verdict(id: string): Locator {
    return this.row(id).getByTestId("figure-verdict");
  }

  /** The gap view of the board OpenGap's figure was computed on. */
  viewLink(id: string): Locator {
    return this.row(id).getByRole("link", { name: "Open this view" });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
  }
}
