// A HAR exported by Chromium's own DevTools (Network panel, "Export HAR"), of one page load.
//
// usage: node chromium_devtools_har.mjs HAR_PAGE_URL CDP_PORT OUT_FILE PROXY_PORT
//   (PLAYWRIGHT_CORE: path of playwright-core; the Debian chromium at /usr/bin/chromium)
//
// How: as chromium_console.mjs, DevTools' frontend served by Chromium itself is opened in a second
// tab, attached to the first (hosted mode), on the Network panel; the first tab then loads
// HAR_PAGE_URL; after the requests settle the Network toolbar's export button is clicked. In
// hosted mode DevTools hands the file to the page as a download (a blob link), which is saved
// unchanged to OUT_FILE.
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');
const [pageUrl, cdpPort, out, proxyPort] = process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const profile = mkdtempSync(join(tmpdir(), 'chromium-har-'));
const proc = spawn('/usr/bin/chromium', [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', `--user-data-dir=${profile}`, `--remote-debugging-port=${cdpPort}`,
  `--proxy-server=http://127.0.0.1:${proxyPort}`,
  '--remote-allow-origins=*', '--window-size=1400,1000', 'about:blank',
], { stdio: 'ignore' });

let browser;
try {
  for (let i = 0; i < 100 && !browser; i++) {
    try { browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`); } catch { await sleep(100); }
  }
  const context = browser.contexts()[0];
  const app = await context.newPage();
  await app.goto('about:blank');
  const session = await context.newCDPSession(app);
  const { targetInfo } = await session.send('Target.getTargetInfo');
  const devtools = await context.newPage();
  await devtools.goto(`http://127.0.0.1:${cdpPort}/devtools/inspector.html` +
    `?ws=127.0.0.1:${cdpPort}/devtools/page/${targetInfo.targetId}&panel=network`);
  await sleep(4000);
  await app.goto(pageUrl);
  await sleep(5000);
  await devtools.bringToFront();
  if (process.env.SHOT) await devtools.screenshot({ path: process.env.SHOT });
  const downloadPromise = devtools.waitForEvent('download', { timeout: 15000 });
  // the toolbar button 'Export HAR (sanitized)…' (its neighbour opens a menu: sanitized or with
  // sensitive data)
  await devtools.locator('button[aria-label^="Export HAR (sanitized)"]').first().click();
  const download = await downloadPromise;
  await download.saveAs(out);
  console.log(`${out.split('/').pop()}: exported by DevTools (${download.suggestedFilename()})`);
} finally {
  // Chromium was started here: ask it to quit (Browser.close), wait for it, then drop its profile
  const exited = new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
  if (browser) {
    await browser.newBrowserCDPSession().then((s) => s.send('Browser.close')).catch(() => {});
    await browser.close().catch(() => {});
  }
  await Promise.race([exited, sleep(5000)]);
  if (proc.exitCode === null) { proc.kill(); await exited; }
  await sleep(500);
  rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
}
