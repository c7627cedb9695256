// The app starts in a real browser: first frame with the font, no page errors, a
// canvas with something drawn on it, the WebAssembly served as application/wasm, and
// the UI face's GB2312 file fetched after the first frame (the full face never on
// its own), and the app's text fetched one language at a time.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { clickWidget, findWidget, poll, waitForText } from './lib/widgets.mjs';
import { appState, waitForReady } from './lib/browser.mjs';
import { LANG_BUTTON } from './lib/labels.mjs';
import { captureRect, colourStats, saveScreenshot } from './lib/artifacts.mjs';

test('the app reaches its first frame with no page errors and a drawn canvas', async (t) => {
  await withApp(t, {}, async ({ app }) => {
    const st = await appState(app.page);
    assert.equal(st.ready, true);
    assert.ok(Number.isInteger(st.frames) && st.frames >= 1, `frames after ready: ${st.frames}`);
    assert.deepEqual(app.state.pageErrors, []);

    const box = await app.page.locator('canvas').first().boundingBox();
    assert.ok(box && box.width >= 600 && box.height >= 400, `canvas box ${JSON.stringify(box)}`);
    const png = await captureRect(app.page, { x: box.x, y: box.y, w: Math.min(box.width, 1280), h: Math.min(box.height, 800) });
    const stats = colourStats(png);
    await saveScreenshot(app.page, 'first-frame');
    assert.ok(stats.distinct >= 8, `canvas has only ${stats.distinct} colours: blank`);
    assert.ok(stats.dominantShare < 0.99, `one colour covers ${(stats.dominantShare * 100).toFixed(1)}% of the canvas`);
  });
});

test('the WebAssembly module is served as application/wasm', async (t) => {
  await withApp(t, {}, async ({ app }) => {
    const wasm = app.state.responses.filter((r) => new URL(r.url).pathname.endsWith('.wasm'));
    assert.ok(wasm.length >= 1, `no .wasm response among ${JSON.stringify(app.state.responses.map((r) => r.url))}`);
    for (const r of wasm) {
      assert.equal(r.status, 200, `${r.url} answered ${r.status}`);
      assert.match(r.contentType, /^application\/wasm\b/, `${r.url} served as ${r.contentType}`);
    }
  });
});

test('the GB2312 font file comes after the first frame and the full face is not fetched unasked [S4.1]', async (t) => {
  await withApp(t, {}, async ({ app }) => {
    const isCommon = (r) => /\/wqy-microhei-gb2312\.[0-9a-f]{8}\.ttf$/.test(new URL(r.url).pathname);
    await poll(async () => app.state.responses.some(isCommon), () => `no GB2312 font among ${JSON.stringify(app.state.responses.map((r) => r.url))}`);
    const common = app.state.responses.filter(isCommon);
    assert.equal(common.length, 1, 'fetched more than once');
    assert.equal(common[0].status, 200);
    assert.match(common[0].contentType, /^font\/ttf\b/);
    // Its download began only once the first frame was drawn (its timing entry is there
    // once the body has come, after the response's headers).
    const timing = await poll(() => app.page.evaluate(() => {
      const e = performance.getEntriesByType('resource').find((r) => /wqy-microhei-gb2312/.test(r.name));
      return e ? { start: e.startTime, ready: window.huicai.readyAt ?? -1 } : null;
    }), 'the GB2312 font never finished loading');
    assert.ok(timing.ready > 0 && timing.start >= timing.ready, `font fetched at ${timing.start} ms, first frame at ${timing.ready} ms`);
    assert.ok(!app.state.responses.some((r) => /\/wqy-microhei\.[0-9a-f]{8}\.ttc$/.test(new URL(r.url).pathname)), 'the full face was fetched');
    assert.deepEqual(app.state.pageErrors, []);
  });
});

test("the page brings the app's text in the browser's language only; the other comes when chosen, and the next start brings the chosen one [S4.1]", async (t) => {
  await withApp(t, { locale: 'en' }, async ({ app }) => {
    const tables = (lang) => app.state.responses.filter((r) => new URL(r.url).pathname.startsWith(`/i18n.${lang}.`));
    assert.equal(tables('en').length, 1, 'the English tables were not fetched once');
    assert.equal(tables('en')[0].status, 200);
    assert.equal(tables('zh-CN').length, 0, 'the Chinese tables came before they were chosen');
    assert.equal((await appState(app.page)).lang, 'en');

    await clickWidget(app.page, await findWidget(app.page, LANG_BUTTON['zh-CN']));
    await poll(async () => (await appState(app.page)).lang === 'zh-CN', 'the app did not switch to Chinese');
    assert.equal(tables('zh-CN').length, 1);
    await waitForText(app.page, '服务目录');

    // The next start brings the Chinese tables, not the browser's English ones.
    const before = app.state.responses.length;
    await app.page.reload({ waitUntil: 'domcontentloaded' });
    await waitForReady(app.page, app.state);
    const after = app.state.responses.slice(before).map((r) => new URL(r.url).pathname);
    assert.ok(after.some((p) => p.startsWith('/i18n.zh-CN.')), `no Chinese tables among ${after.join(' ')}`);
    assert.ok(!after.some((p) => p.startsWith('/i18n.en.')), 'the English tables came again');
    assert.equal((await appState(app.page)).lang, 'zh-CN');
    assert.deepEqual(app.state.pageErrors, []);
  });
});
