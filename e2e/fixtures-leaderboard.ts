import { test as base } from "./fixtures";
import { LeaderboardPage } from "./pages/leaderboard-page";

export const test = base.extend<{ leaderboardPage: LeaderboardPage }>({
  leaderboardPage: async ({ page }, use) => {
    await use(new LeaderboardPage(page));
  },
});

export { expect } from "./fixtures";
