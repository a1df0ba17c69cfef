import { createServer, type Server } from "node:http";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Another origin (same host, another port) that frames OpenGap twice: the embed, and a page.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const SITE = `http://127.0.0.1:${PORT}`;
const HOST_PORT = PORT + 2;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const VIEW = "?cat=coding";
const hostPage = `<!doctype html><html><head><title>A blog post</title></head>
<body style="margin:0;font-family:sans-serif">
<p>A blog post quoting OpenGap's live chart:</p>
<iframe id="embed" name="embed" src="${SITE}/embed/gap${VIEW}" width="600" height="400" style="border:0"></iframe>
<p>And the full site, which must refuse to be framed:</p>
<iframe id="normal" name="normal" src="${SITE}/" width="600" height="200"></iframe>
</body></html>`;

/** The controls with an open panel below them (it overlays the page, outside the form's box). */
async function shootControls(page: Page, name: string): Promise<void> {
  const box = await page.getByTestId("quick-views").boundingBox();
  if (!box) throw new Error("the quick views and share row are not on the page");
  const width = page.viewportSize()?.width ?? 1280;
  // boundingBox is relative to the viewport; a full-page clip is relative to the page.
  const top = box.y + (await page.evaluate(() => window.scrollY));
  const clip = { x: 0, y: Math.max(0, top - 8), width, height: box.height + 300 };
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true, clip });
}

let host: Server;
test.beforeAll(async () => {
  host = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(hostPage);
  });
  await new Promise<void>((resolve) => host.listen(HOST_PORT, "127.0.0.1", resolve));
});
test.afterAll(async () => {
  host.closeAllConnections();
  await new Promise((resolve) => host.close(resolve));
});

test.describe("embeds", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`another site frames the embed (${scheme}), and the normal page is refused`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const refused = page.waitForResponse(`${SITE}/`);
      await page.goto(HOST);
      const embed = page.frameLocator("#embed");
      await expect(
        embed.locator("[data-testid=gap-chart] svg.recharts-surface").first(),
      ).toBeVisible();
      await expect(embed.locator(".recharts-line-curve")).toHaveCount(2);
      await expect(embed.getByTestId("embed-attribution")).toContainText("OpenGap");
      await expect(embed.getByTestId("embed-full-view")).toHaveAttribute("href", `${SITE}/${VIEW}`);
      // The site header belongs to the full view, not the embed.
      await expect(embed.locator("header")).toBeHidden();

      // The browser got the page and refused to show it in a frame from another origin.
      expect((await refused).headers()["x-frame-options"]).toBe("DENY");
      const normal = page.frames().find((f) => f.name() === "normal");
      await expect.poll(() => normal?.url()).toMatch(/^chrome-error:/);
      // Chrome shows its own error page there: none of OpenGap's page is in the frame.
      const inNormal = page.frameLocator("#normal");
      await expect(inNormal.getByTestId("gap-controls")).toHaveCount(0);
      await expect(inNormal.getByText("How far behind are open-weight LLMs?")).toHaveCount(0);

      // The embed fits its 600×400 frame: nothing scrolls or spills.
      const frame = page.frames().find((f) => f.name() === "embed");
      const size = await frame?.evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        client: document.documentElement.clientHeight,
      }));
      expect(size?.scroll).toBeLessThanOrEqual(size?.client ?? 0);
      await page
        .locator("#embed")
        .screenshot({ path: `e2e/screenshots/embed-600x400-${scheme}.png` });
    });
  }

  test("the comparison embeds too", async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 400 });
    await page.goto("/embed/compare?models=gpt-4o-2024-05-13,deepseek-r1");
    await expect(page.getByTestId("compare-history").locator(".recharts-line-curve")).toHaveCount(
      2,
    );
    await expect(page.getByTestId("embed-attribution")).toContainText("OpenGap");
    await page.screenshot({ path: "e2e/screenshots/embed-compare-600x400.png" });
  });

  test("Follow shows this view's feed, a real feed reader accepts it", async ({
    gapPage,
    page,
    request,
  }) => {
    await gapPage.open(VIEW);
    await gapPage.follow.locator("summary").click();
    const url = gapPage.follow.getByTestId("follow-feed-url");
    await expect(url).toHaveValue(`${SITE}/feed.xml${VIEW}`);
    const atom = await request.get(`${SITE}/feed.xml${VIEW}`);
    expect(atom.headers()["content-type"]).toContain("application/atom+xml");
    const feed = parseAtomFeed(await atom.text());
    expect(feed.title?.value ?? feed.title).toBeTruthy();
    expect(feed.links?.find((l) => l.rel === "self")?.href).toBe(`${SITE}/feed.xml${VIEW}`);
    const json = parseJsonFeed(await (await request.get(`${SITE}/feed.json${VIEW}`)).json());
    expect(json.feed_url).toBe(`${SITE}/feed.json${VIEW}`);
    // Feed readers discover it from the page's head.
    const head = page.locator('head link[rel="alternate"]');
    await expect(head.and(page.locator('[type="application/atom+xml"]'))).toHaveAttribute(
      "href",
      `${SITE}/feed.xml${VIEW}`,
    );
    await expect(head.and(page.locator('[type="application/feed+json"]'))).toHaveCount(1);
    await shootControls(page, "follow-control-1280");
  });

  test("Embed offers a copyable iframe and oEmbed describes the same", async ({
    gapPage,
    page,
    request,
  }) => {
    await gapPage.open(VIEW);
    await gapPage.embed.locator("summary").click();
    const snippet = gapPage.embed.getByTestId("embed-snippet");
    await expect(snippet).toHaveValue(new RegExp(`^<iframe src="${SITE}/embed/gap\\?cat=coding" `));
    await shootControls(page, "embed-control-1280");

    const oembed = await page
      .locator('head link[rel="alternate"][type="application/json+oembed"]')
      .getAttribute("href");
    const answer = await request.get(oembed ?? "");
    expect(answer.status()).toBe(200);
    const body = (await answer.json()) as { type: string; html: string; width: number };
    expect(body).toMatchObject({ type: "rich", width: 600, version: "1.0" });
    expect(body.html).toContain(`src="${SITE}/embed/gap?cat=coding"`);
    expect(
      (
        await request.get(`/api/oembed?url=${encodeURIComponent("https://elsewhere.example/")}`)
      ).status(),
    ).toBe(404);

    await page.setViewportSize({ width: 375, height: 800 });
    await gapPage.follow.locator("summary").click();
    // One panel at a time: opening Follow closed Embed.
    await expect(gapPage.embed).not.toHaveAttribute("open");
    await shootControls(page, "follow-control-375");
    await gapPage.embed.locator("summary").click();
    await expect(gapPage.follow).not.toHaveAttribute("open");
    await shootControls(page, "embed-control-375");
  });
});
