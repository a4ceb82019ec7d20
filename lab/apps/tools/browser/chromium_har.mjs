// A Chromium HAR of one page load with failing requests, recorded by Playwright's recordHar
// (Playwright's HAR writer fed by Chromium's network events, not DevTools' "Save all as HAR").
//
// usage: node chromium_har.mjs HAR_PAGE_URL OUT_FILE PROXY_PORT   (PLAYWRIGHT_CORE: playwright-core)
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');
const [url, out, proxyPort] = process.argv.slice(2);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', `--proxy-server=http://127.0.0.1:${proxyPort}`],
});
try {
  const context = await browser.newContext({ recordHar: { path: out, content: 'embed' } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(5000);
  await context.close();
} finally {
  await browser.close();
}
console.log(`${out.split('/').pop()}: recorded`);
