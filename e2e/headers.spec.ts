import type { APIResponse, Page } from "@playwright/test";
import { expect, test } from "./fixtures-compare";

const COMPARE = "/compare?models=gpt-4o-2024-05-13,deepseek-r1";
const ROUTES: { path: string; status: number }[] = [
  { path: "/", status: 200 },
  { path: "/leaderboard", status: 200 },
  { path: COMPARE, status: 200 },
  { path: "/models/deepseek-r1", status: 200 },
  { path: "/wizard", status: 200 },
  { path: "/status", status: 200 },
  { path: "/api/gap", status: 200 },
  { path: "/api/leaderboard", status: 200 },
  { path: "/api/compare?models=gpt-4o-2024-05-13,deepseek-r1", status: 200 },
  { path: "/api/og/gap", status: 200 },
  { path: "/no-such-page", status: 404 },
];

/** The CSP's directives by name, e.g. csp["script-src"] = ["'self'", "'nonce-…'", …]. */
function readCsp(res: APIResponse): Record<string, string[]> {
  const header = res.headers()["content-security-policy"] ?? "";
  return Object.fromEntries(
    header.split(";").map((d) => {
      const [name = "", ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

const ogImage = async (res: APIResponse) =>
  /<meta property="og:image" content="([^"]+)"/.exec(await res.text())?.[1];

/** Collects console errors, and CSP violations (in the page, from its first script on). */
async function watchPage(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => void errors.push(e.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
    );
  });
  return errors;
}

const readViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test.describe("security headers", () => {
  for (const { path, status } of ROUTES) {
    test(`${path} answers ${status} with the security headers`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(status);
      const csp = readCsp(res);
      expect(csp["script-src"]).toEqual([
        "'self'",
        expect.stringMatching(/^'nonce-[A-Za-z0-9+/=]{16,}'$/),
        "'strict-dynamic'",
      ]);
      expect(csp["script-src"]).not.toContain("'unsafe-inline'");
      expect(csp["default-src"]).toEqual(["'self'"]);
      expect(csp["object-src"]).toEqual(["'none'"]);
      expect(csp["frame-ancestors"]).toEqual(["'none'"]);
      expect(res.headers()).toMatchObject({
        "x-frame-options": "DENY",
        "x-content-type-options": "nosniff",
        "referrer-policy": "strict-origin-when-cross-origin",
      });
      // The e2e server's public origin is http://127.0.0.1:<port>: no HSTS over plain http.
      expect(res.headers()["strict-transport-security"]).toBeUndefined();
    });
  }

  // The nonce is drawn when a page is rendered, after everything in it is fixed, so nothing in the
  // page can carry it; a replay of that render (the answer store, nginx) keeps header and
  // scripts in step.
  test("every render gets a fresh nonce, and Next's scripts carry it", async ({ request }) => {
    const nonceOf = (res: APIResponse) =>
      readCsp(res)["script-src"]?.[1]?.slice("'nonce-".length, -1) ?? "";
    const [a, b] = [await request.get("/?n=a"), await request.get("/?n=b")];
    expect(nonceOf(a)).toBeTruthy();
    expect(nonceOf(b)).not.toBe(nonceOf(a));
    for (const res of [a, b, await request.get("/?n=a")]) {
      const scripts = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(res)}"`);
    }
  });

  test("og:image and citations ignore a hostile Host and X-Forwarded-Host", async ({ request }) => {
    const hostile = {
      host: "evil.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    };
    for (const path of ["/", COMPARE]) {
      const honest = await ogImage(await request.get(path));
      expect(honest).toMatch(/^http:\/\/(127\.0\.0\.1|localhost):\d+\/api\/og\//);
      const res = await request.get(path, { headers: hostile });
      expect(await ogImage(res)).toBe(honest);
      expect(await res.text()).not.toContain("evil.example");
    }
  });

  test("a query over 8 KB is a 414 with a plain explanation", async ({ request }) => {
    const hostile = `/?lic=${Array<string>(5_000).fill("zz").join(",")}`;
    const res = await request.get(hostile);
    expect(res.status()).toBe(414);
    expect(res.headers()["content-type"]).toContain("text/plain");
    expect(await res.text()).toMatch(/at most 8 KB/);
    expect(res.headers()["x-frame-options"]).toBe("DENY");
  });

  test("thousands of bad values under 8 KB give one short notice per key", async ({ request }) => {
    const plain = (await (await request.get("/?cat=nope")).text()).length;
    const values = Array.from({ length: 1_000 }, (_, i) => `z${i}`).join(",");
    const res = await request.get(`/?lic=${values}&cat=nope&cat=nope`);
    expect(res.status()).toBe(200);
    const html = await res.text();
    // The notice (in the HTML and again in the RSC payload) adds kilobytes, not megabytes.
    expect(html.length - plain).toBeLessThan(40_000);
    expect(html).toContain("(and 999 more for &quot;lic&quot;)");
    expect(html.match(/Unknown cat/g)?.length).toBeLessThanOrEqual(2);
  });
});

test.describe("pages under the CSP", () => {
  test("the home page runs with no violations or console errors and draws its chart", async ({
    gapPage,
    page,
  }) => {
    const errors = await watchPage(page);
    await gapPage.open();
    await expect(gapPage.linePaths()).toHaveCount(2);
    // Client-side navigation loads further chunks through the nonce's trust ('strict-dynamic').
    await gapPage.control("cat").selectOption("coding");
    await gapPage.waitForParam("cat", "coding");
    expect(await readViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("the compare page's bar and history charts render under the CSP", async ({
    comparePage,
    page,
  }) => {
    const errors = await watchPage(page);
    await comparePage.open("?models=gpt-4o-2024-05-13,deepseek-r1");
    await expect(comparePage.bars.getByRole("img").first()).toBeVisible();
    expect(await readViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe("cache validators", () => {
  test("pages and data APIs carry an ETag and a shared-cache policy; a match answers 304", async ({
    request,
  }) => {
    for (const path of ["/", "/leaderboard", COMPARE, "/api/gap", "/feed.xml", "/api/og/gap"]) {
      const res = await request.get(path);
      const etag = res.headers()["etag"] ?? "";
      expect(etag, path).toMatch(/^W\/"\d+-[\w-]{16}"$/);
      expect(res.headers()["cache-control"], path).toMatch(/public.*s-maxage=\d+.*stale-while/);
      const again = await request.get(path, { headers: { "if-none-match": etag } });
      expect(again.status(), path).toBe(304);
      // The client keeps the page with the nonce it came with: a 304 must not bring a new CSP.
      expect(again.headers()["content-security-policy"], path).toBeUndefined();
      expect(await again.body(), path).toHaveLength(0);
    }
  });

  test("the validator follows the query, in any key order, and a stale one gets the page", async ({
    request,
  }) => {
    const a = (await request.get("/?cat=coding&sc=1")).headers()["etag"];
    const b = (await request.get("/?sc=1&cat=coding")).headers()["etag"];
    const c = (await request.get("/?cat=math&sc=1")).headers()["etag"];
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    const stale = await request.get("/?cat=math&sc=1", { headers: { "if-none-match": a ?? "" } });
    expect(stale.status()).toBe(200);
  });

  test("live state and admin surfaces are never cached", async ({ request }) => {
    // A GET to the ingest trigger (405): admin routes that run count against the admin rate
    // limit, which e2e/ingest.spec.ts needs whole.
    for (const path of ["/status", "/api/admin/ingest"]) {
      const res = await request.get(path);
      expect(res.headers()["etag"], path).toBeUndefined();
      expect(res.headers()["cache-control"] ?? "", path).toMatch(/no-store/);
    }
  });
});

test.describe("the server's store of rendered answers", () => {
  test("a repeat is replayed byte for byte; live state, reloads and router payloads render", async ({
    request,
  }) => {
    const first = await request.get("/leaderboard?cat=math");
    const again = await request.get("/leaderboard?cat=math");
    expect(again.headers()["x-opengap-store"]).toBe("hit");
    expect(await again.text()).toBe(await first.text());
    expect(again.headers()["etag"]).toBe(first.headers()["etag"]);
    const reload = await request.get("/leaderboard?cat=math", {
      headers: { "cache-control": "no-cache" },
    });
    expect(reload.headers()["x-opengap-store"]).toBeUndefined();
    await request.get("/status");
    expect((await request.get("/status")).headers()["x-opengap-store"]).toBeUndefined();
    const rsc = { rsc: "1" };
    await request.get("/leaderboard?cat=math", { headers: rsc });
    const payload = await request.get("/leaderboard?cat=math", { headers: rsc });
    expect(payload.headers()["x-opengap-store"]).toBeUndefined();
  });
});
