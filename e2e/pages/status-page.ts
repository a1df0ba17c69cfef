import type { Locator, Page } from "@playwright/test";

export class StatusPage {
  readonly sources: Locator;
  readonly runLog: Locator;

  constructor(readonly page: Page) {
    this.sources = page.getByTestId("source-status");
    this.runLog = page.getByTestId("run-log");
  }

  async open(): Promise<void> {
    await this.page.goto("/status");
    await this.sources.waitFor();
  }

  sourceRow(slug: string): Locator {
    return this.sources.locator(`tr[data-source="${slug}"]`);
  }

  scheduledRuns(status: "success" | "failed"): Locator {
    return this.runLog.locator(`tr[data-trigger="schedule"][data-status="${status}"]`);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
  }
}
