import { test as base } from "@playwright/test";
import { GapPage } from "./pages/gap-page";
import { StatusPage } from "./pages/status-page";

export const test = base.extend<{ gapPage: GapPage; statusPage: StatusPage }>({
  gapPage: async ({ page }, use) => {
    await use(new GapPage(page));
  },
  statusPage: async ({ page }, use) => {
    await use(new StatusPage(page));
  },
});

export { expect } from "@playwright/test";
