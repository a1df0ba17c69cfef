import { test as base } from "@playwright/test";
import { GapPage } from "./pages/gap-page";

export const test = base.extend<{ gapPage: GapPage }>({
  gapPage: async ({ page }, use) => {
    await use(new GapPage(page));
  },
});

export { expect } from "@playwright/test";
