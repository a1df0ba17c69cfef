import type { Locator, Page } from "@playwright/test";

export class StatusPage {
  readonly sources: Locator;
  readonly runLog: Locator;
  readonly batchReport: Locator;
  readonly webhooks: Locator;

  constructor(readonly page: Page) {
    this.sources = page.getByTestId("source-status");
    this.runLog = page.getByTestId("run-log");
    this.batchReport = page.getByTestId("batch-report");
    this.webhooks = page.getByTestId("webhook-log");
  }

  async open(): Promise<void> {
    await this.page.goto("/status");
    await this.sources.waitFor();
  }

  /** The report of one ingest batch (the admin trigger's `status` link). */
  async openBatch(batchId: string): Promise<void> {
    await this.page.goto(`/status?batch=${batchId}`);
    await this.batchReport.waitFor();
  }

  /** A batch's finished run of one source (rows appear as each source reports). */
  batchRun(source: string, status: "success" | "failed"): Locator {
    return this.batchReport.locator(`tr[data-status="${status}"]`).filter({ hasText: source });
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
