import { test as base } from "@playwright/test";
import { FiguresPage } from "./pages/figures-page";
import { GapPage } from "./pages/gap-page";
import { StatusPage } from "./pages/status-page";

export const test = base.extend<{
  gapPage: GapPage;
  statusPage: StatusPage;
  figuresPage: FiguresPage;
}>({
  gapPage: async ({ page }, use) => {
    await use(new GapPage(page));
  },
  figuresPage: async ({ page }, use) => {
    await use(new FiguresPage(page));
  },
  statusPage: async ({ page }, use) => {
    await use(new StatusPage(page));
  },
});

export { expect } from "@playwright/test";
