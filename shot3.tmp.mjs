import { chromium } from "@playwright/test";
const [url, out, sel] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url);
await page.waitForTimeout(1000);
await page.locator(sel).first().screenshot({ path: out });
await browser.close();
