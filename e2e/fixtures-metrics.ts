import { test as base } from "./fixtures";
import { MetricsPage } from "./pages/metrics-page";

export const test = base.extend<{ metricsPage: MetricsPage }>({
  metricsPage: async ({ page }, use) => {
    await use(new MetricsPage(page));
  },
});

export { expect } from "./fixtures";
