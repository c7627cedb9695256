// A start-up that never hangs (issue 13): where the app cannot start, the page says
// why and what to do, in Chinese and English, instead of 正在加载… / Loading… for ever.
// Without WebGL2 (made so by hiding it from the page) the reason shows within a second
// of the page having arrived (in the page's own time); a download of the app's code that fails offers to
// try again, and trying again once the network is back starts the app; a browser
// without IndexedDB starts the app, which says it cannot save. One browser, one static
// host, a fresh page each.
import test from 'node:test';
import assert from 'node:assert/strict';
import { appUrl, launchBrowser, waitForReady, watchPage } from './lib/browser.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { startStaticServer } from './lib/static_server.mjs';
import { UI } from './lib/demo_flow.mjs';
import { poll, waitForText } from './lib/widgets.mjs';

// The page's start-up problem: {text, retry} once shown, else null.
const problem = (page) => page.evaluate(() => {
  const box = document.getElementById('huicai-loading');
  if (!box || box.getAttribute('role') !== 'alert') return null;
  return { text: box.innerText, retry: !!box.querySelector('button'), shown: getComputedStyle(box).display !== 'none' };
});

test('start-up: no WebGL2, a failed download with a retry, and no IndexedDB are each said, never an endless Loading… [S4.1]', async (t) => {
  const host = await startStaticServer();
  const browser = await launchBrowser();
  try {
    // 1. No WebGL2: said within a second of the page's content, with no retry to offer.
    {
      const page = await browser.context.newPage();
      await page.addInitScript(() => {
        const real = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
          return /webgl/.test(type) ? null : real.call(this, type, ...rest);
        };
      });
      await page.goto(appUrl(host.url, '#/demo'), { waitUntil: 'domcontentloaded' });
      const p = await poll(() => problem(page), 'no start-up problem shown without WebGL2', 5_000);
      // In the page's own time, from the page having arrived to the reason shown.
      const took = await page.evaluate(() => window.huicai.problemAt - performance.getEntriesByType('navigation')[0].responseEnd);
      t.diagnostic(`no WebGL2: the reason shown ${Math.round(took)} ms after the page arrived`);
      assert.ok(took <= 1_000, `the reason took ${took} ms after the page arrived`);
      assert.ok(p.shown && p.text.includes('WebGL2') && p.text.includes('硬件加速') && p.text.includes('hardware acceleration'), p.text);
      assert.equal(p.retry, false);
      await saveScreenshot(page, 'startup-no-webgl');
      await page.close();
    }
    // 2. The app's code cannot be downloaded: said, with a retry that works once it can.
    {
      const page = await browser.context.newPage();
      const state = watchPage(page);
      await page.route('**/*.wasm', (route) => route.abort('internetdisconnected'));
      await page.goto(appUrl(host.url, '#/demo'), { waitUntil: 'domcontentloaded' });
      const p = await poll(() => problem(page), 'no start-up problem shown when the download failed', 15_000);
      assert.ok(p.text.includes('下载失败') && p.text.includes('could not be downloaded'), p.text);
      assert.ok(p.retry, 'no retry offered');
      await saveScreenshot(page, 'startup-download-failed');
      await page.unroute('**/*.wasm');
      state.pageErrors.length = 0; // the failed start's own errors
      await page.locator('#huicai-loading button').click();
      await waitForReady(page, state);
      await waitForText(page, UI['ui.demo.title']);
      await page.close();
    }
    // 3. No IndexedDB: the app starts and says it cannot save.
    {
      const page = await browser.context.newPage();
      const state = watchPage(page);
      await page.addInitScript(() => { Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }); });
      await page.goto(appUrl(host.url, '#/demo'), { waitUntil: 'load' });
      await waitForReady(page, state);
      await waitForText(page, UI['ui.status.db_error']);
      assert.equal(await problem(page), null);
      await page.close();
    }
  } finally {
    await browser.close();
    await host.stop();
  }
});
