// Chromium's console for failing fetch/XHR calls, copied out of the real DevTools UI.
//
// usage: node chromium_console.mjs PAGE_URL CDP_PORT OUT_DIR SCENARIO=FILE...
//   (PLAYWRIGHT_CORE: path of playwright-core; the Debian chromium at /usr/bin/chromium)
//
// How: Chromium (headless=new) is started with --remote-debugging-port; page A loads PAGE_URL; page
// B, in the same browser, loads the DevTools frontend that Chromium itself serves
// (/devtools/inspector.html?ws=.../devtools/page/<A's id>&panel=console), i.e. DevTools attached
// to A, in a tab instead of a docked window ("hosted mode"). For each scenario A is reloaded (the
// console clears), the page's button #SCENARIO is clicked (its handler makes the request), and after the network
// settles, B's console area is right-clicked and the context menu's "Copy console" item is
// clicked, as a person does; the text DevTools put on the clipboard is read back
// (navigator.clipboard in B) and written to OUT_DIR/FILE unchanged.
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');
const [pageUrl, cdpPort, outDir, ...scenarios] = process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const profile = mkdtempSync(join(tmpdir(), 'chromium-console-'));
const proc = spawn('/usr/bin/chromium', [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', `--user-data-dir=${profile}`, `--remote-debugging-port=${cdpPort}`,
  '--remote-allow-origins=*', '--window-size=1400,1000', 'about:blank',
], { stdio: 'ignore' });

let browser;
try {
  for (let i = 0; i < 100 && !browser; i++) {
    try { browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`); } catch { await sleep(100); }
  }
  const context = browser.contexts()[0];
  const app = await context.newPage();
  await app.goto(pageUrl);
  const session = await context.newCDPSession(app);
  const { targetInfo } = await session.send('Target.getTargetInfo');
  const devtools = await context.newPage();
  const devtoolsUrl = `http://127.0.0.1:${cdpPort}/devtools/inspector.html` +
    `?ws=127.0.0.1:${cdpPort}/devtools/page/${targetInfo.targetId}&panel=console`;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${cdpPort}` });
  await devtools.goto(devtoolsUrl);
  await sleep(4000);
  for (const spec of scenarios) {
    const [fn, file] = spec.split('=');
    await app.reload();
    await sleep(1500);
    await devtools.evaluate(() => navigator.clipboard.writeText(''));
    await app.bringToFront();
    await app.click(`#${fn}`);
    await sleep(4000);
    await devtools.bringToFront();
    // the console's message area (deep selector: the panel lives in shadow roots)
    const area = devtools.locator('.console-message-wrapper').first();
    await area.click({ button: 'right', position: { x: 30, y: 4 } });
    await sleep(500);
    if (process.env.SHOT) await devtools.screenshot({ path: process.env.SHOT });
    const item = devtools.getByText('Copy console', { exact: true }).first();
    await item.click();
    await sleep(500);
    const text = await devtools.evaluate(() => navigator.clipboard.readText());
    writeFileSync(join(outDir, file), text);
    console.log(`${file}: ${text.length} chars`);
    await devtools.keyboard.press('Escape');
  }
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
