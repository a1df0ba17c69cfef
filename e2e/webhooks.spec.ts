import { E2E_ADMIN_TOKEN } from "./env";
import { expect, test } from "./fixtures";

// The operator's side of webhooks: the admin API (same bearer token as the ingest trigger) and
// the log on /status. Signing, retries and give-up are covered against a real receiver in
// db/webhooks/deliver-webhooks.test.ts and app/events.test.ts.
const bearer = { authorization: `Bearer ${E2E_ADMIN_TOKEN}` };
const RECEIVER = "http://127.0.0.1:9/opengap-hook";

test("the admin API adds a subscription, never shows its secret again, and /status lists it", async ({
  request,
  statusPage,
  page,
}) => {
  const refused = await request.post("/api/admin/webhooks", { data: { url: RECEIVER } });
  expect(refused.status()).toBe(401);
  const invalid = await request.post("/api/admin/webhooks", {
    headers: bearer,
    data: { url: "ftp://x", kinds: ["no-such-kind"] },
  });
  expect(invalid.status()).toBe(400);
  expect(JSON.stringify(await invalid.json())).toMatch(/url.*http\(s\).*kinds/s);

  const added = await request.post("/api/admin/webhooks", {
    headers: bearer,
    data: { url: RECEIVER, kinds: ["open-record", "new-leader"], view: { arena: "text" } },
  });
  expect(added.status()).toBe(201);
  const body = (await added.json()) as { id: number; secret: string };
  expect(body.secret).toMatch(/^[0-9a-f]{64}$/);

  const listed = await request.get("/api/admin/webhooks", { headers: bearer });
  const text = await listed.text();
  expect(text).toContain(RECEIVER);
  expect(text).not.toContain(body.secret);

  for (const [width, height] of [
    [1280, 900],
    [375, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await statusPage.open();
    await expect(statusPage.webhooks.getByRole("row").filter({ hasText: RECEIVER })).toContainText(
      "new-leader, open-record",
    );
    await statusPage.webhooks.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `e2e/screenshots/status-webhooks-${width}.png` });
  }

  const removed = await request.delete(`/api/admin/webhooks?id=${body.id}`, { headers: bearer });
  expect(removed.status()).toBe(200);
  await statusPage.open();
  await expect(statusPage.webhooks).toContainText("No webhook subscriptions");
});
