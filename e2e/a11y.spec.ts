import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// Every page, in light and dark, at desktop and phone width: axe must find nothing (WCAG 2.x A
// and AA plus best practices). A violation prints its rule, help text and the first nodes.
const PAGES = [
  "/",
  "/?arena=vision",
  "/glossary",
  "/metrics",
  "/leaderboard",
  "/compare?models=gpt-4o-2024-05-13,llama-3.1-405b-instruct-fp8,deepseek-r1",
  "/models/gpt-4o-2024-05-13",
  "/wizard",
  "/wizard?step=result&task=coding&priv=1&lic=commercial&gpus=2&speed=20",
  "/figures",
  "/status",
  "/embed/gap?cat=coding",
  "/embed/compare?models=gpt-4o-2024-05-13,deepseek-r1",
];

const VIEWS = [
  { name: "desktop light", width: 1280, height: 800, colorScheme: "light" },
  { name: "desktop dark", width: 1280, height: 800, colorScheme: "dark" },
  { name: "phone light", width: 375, height: 812, colorScheme: "light" },
  { name: "phone dark", width: 375, height: 812, colorScheme: "dark" },
] as const;

for (const view of VIEWS) {
  test.describe(`axe, ${view.name}`, () => {
    test.use({
      viewport: { width: view.width, height: view.height },
      colorScheme: view.colorScheme,
    });
    for (const path of PAGES) {
      test(`${path} has no violations`, async ({ page }) => {
        test.setTimeout(60_000);
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        const { violations } = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
          .analyze();
        const summary = violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
              .slice(0, 3)
              .map((n) => `${n.target.join(" ")} ${n.failureSummary?.split("\n")[1] ?? ""}`)
              .join("\n  ")}`,
        );
        expect(summary, summary.join("\n")).toEqual([]);
      });
    }
  });
}
