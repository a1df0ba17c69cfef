import { E2E_ADMIN_TOKEN } from "./env";
import { expect, test } from "./fixtures";

test.describe("scheduled ingest and data status", () => {
  test("the schedule fires under next start and its runs show on /status", async ({
    statusPage,
    page,
  }) => {
    await statusPage.open();
    await expect(page.getByTestId("cron-pattern")).toHaveText("*/4 * * * * *");
    // The mirrored source succeeds; the one pointed at a missing file fails with its URL named.
    await expect(async () => {
      await page.reload();
      await expect(
        statusPage.scheduledRuns("success").filter({ hasText: "arena-ai-daily" }).first(),
      ).toBeVisible();
      await expect(
        statusPage.scheduledRuns("failed").filter({ hasText: "lmsys-elo-wide" }).first(),
      ).toBeVisible();
    }).toPass({ timeout: 30_000, intervals: [1_000, 2_000] });
    await expect(statusPage.sourceRow("lmsys-elo-wide").getByTestId("source-error")).toContainText(
      "no-such-folder/result.csv: HTTP 404",
    );
    // Live sources that were never fetched here are flagged, not silently trusted.
    await expect(page.getByTestId("staleness-warning")).toContainText(
      "LMArena leaderboard dataset",
    );
    // The failed source kept its seeded history.
    await expect(statusPage.sourceRow("lmsys-elo-wide")).toContainText("2023-05-08 – 2025-02-27");
    await statusPage.screenshot("status-desktop");
  });

  test("home page links its data date to /status", async ({ gapPage, page }) => {
    await gapPage.open();
    await page.getByTestId("data-as-of").getByRole("link", { name: /2026-/ }).click();
    await expect(page).toHaveURL(/\/status$/);
  });

  test("admin trigger requires the bearer token", async ({ request }) => {
    const anonymous = await request.post("/api/admin/ingest?source=arena-ai-daily");
    expect(anonymous.status()).toBe(401);
    const unknown = await request.post("/api/admin/ingest?source=nope", {
      headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
    });
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).error).toContain("Valid sources");
    const ok = await request.post("/api/admin/ingest?source=arena-ai-daily", {
      headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
    });
    expect(ok.status()).toBe(200);
    const body = (await ok.json()) as { outcomes: { source: string; status: string }[] };
    expect(body.outcomes).toEqual([
      expect.objectContaining({ source: "arena-ai-daily", status: "success" }),
    ]);
  });
});
