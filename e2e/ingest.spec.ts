import type { APIRequestContext, APIResponse } from "@playwright/test";
import { E2E_ADMIN_TOKEN } from "./env";
import { expect, test } from "./fixtures";
import type { StatusPage } from "./pages/status-page";

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

  test("admin trigger: 401 without the exact bearer token, 202 with a batch to follow, 409 while it runs", async ({
    request,
    statusPage,
  }) => {
    // Waiting out the route's rate limit (below) takes a minute if the schedule is in the way twice.
    test.setTimeout(150_000);
    const admin = new AdminClient(request);
    const bearer = `Bearer ${E2E_ADMIN_TOKEN}`;
    // The schedule ticks on every 4th second here, and a trigger during one of its runs is refused
    // with 409 as well: trigger late between two ticks, and should a run still be going, that is
    // the 409 case; follow that run to its end and trigger again.
    let batchId: string | null = null;
    let refused: unknown = null;
    while (batchId === null) {
      await waitForPhase(3_000, 3_500, 4_000);
      const res = await admin.post(bearer);
      const body = (await res.json()) as { batchId?: string; status?: string };
      if (res.status() === 202) {
        expect(body.batchId).toMatch(/^[0-9a-f-]{36}$/);
        expect(body.status).toBe(`/status?batch=${body.batchId}`);
        batchId = body.batchId ?? null;
      } else {
        expect(res.status(), JSON.stringify(body)).toBe(409);
        refused = body;
        if (body.batchId) await waitForBatch(statusPage, body.batchId);
      }
    }
    // Otherwise a second trigger while ours is still starting (tsx alone takes over a second).
    if (refused === null) {
      const again = await admin.post(bearer);
      expect(again.status()).toBe(409);
      refused = await again.json();
      expect(refused).toMatchObject({ batchId });
    }
    expect(refused).toEqual({
      error: "An ingest started by this server is still running.",
      batchId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    // Missing, another scheme, and the right token under a lower-case scheme: only `Bearer <token>`.
    for (const authorization of [undefined, "Token x", `bearer ${E2E_ADMIN_TOKEN}`]) {
      const res = await admin.post(authorization);
      expect(res.status(), authorization ?? "no header").toBe(401);
      expect(res.headers()["www-authenticate"]).toBe("Bearer");
    }
    // The batch page lists the runs of this batch only: arena-ai-daily, started by the admin.
    await waitForBatch(statusPage, batchId);
    await expect(statusPage.batchRun("arena-ai-daily", "success")).toHaveAttribute(
      "data-trigger",
      "admin",
    );
    await expect(statusPage.batchReport.locator("tbody tr")).toHaveCount(1);
  });
});

/** Waits until the wall clock is between `from` and `to` ms into a `period`. */
async function waitForPhase(from: number, to: number, period: number): Promise<void> {
  while (Date.now() % period < from || Date.now() % period >= to)
    await new Promise((r) => setTimeout(r, 50));
}

/** Reloads /status?batch=… until the batch's runs are listed and none says "running". */
async function waitForBatch(statusPage: StatusPage, batchId: string): Promise<void> {
  await expect(async () => {
    await statusPage.openBatch(batchId);
    await expect(statusPage.batchReport.locator("tbody tr").first()).toBeVisible();
    await expect(statusPage.batchReport.locator('tr[data-status="running"]')).toHaveCount(0);
  }).toPass({ timeout: 60_000, intervals: [500, 1_000] });
}

/**
 * POSTs to the admin trigger within its limit of 5 requests a minute per client (every request
 * counts, authorised or not), waiting for the window when it is full.
 */
class AdminClient {
  private readonly sent: number[] = [];
  constructor(private readonly request: APIRequestContext) {}

  async post(authorization: string | undefined): Promise<APIResponse> {
    const windowMs = 61_000;
    for (;;) {
      const now = Date.now();
      const recent = this.sent.filter((t) => t > now - windowMs);
      if (recent.length < 5) break;
      await new Promise((r) => setTimeout(r, (recent[0] ?? now) + windowMs - now));
    }
    this.sent.push(Date.now());
    return this.request.post("/api/admin/ingest?source=arena-ai-daily", {
      headers: authorization ? { authorization } : {},
    });
  }
}
