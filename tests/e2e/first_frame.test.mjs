// The app starts in a real browser: first frame with the font, no page errors, a
// canvas with something drawn on it, and the WebAssembly served as application/wasm.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { appState } from './lib/browser.mjs';
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
