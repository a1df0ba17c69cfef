import { test as base } from "./fixtures";
import { ComparePage } from "./pages/compare-page";
import { ModelPage } from "./pages/model-page";

export const test = base.extend<{ comparePage: ComparePage; modelPage: ModelPage }>({
  comparePage: async ({ page }, use) => {
    await use(new ComparePage(page));
  },
  modelPage: async ({ page }, use) => {
    await use(new ModelPage(page));
  },
});

export { expect } from "./fixtures";
