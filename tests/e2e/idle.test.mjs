// The app draws only when something changes: no frames while nobody touches it
// (battery and CPU on the talents' phones and the windows' office PCs, S6.1.1), and
// a frame again as soon as there is input.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { appState } from './lib/browser.mjs';
import { clickWidget, poll, settled, waitForText } from './lib/widgets.mjs';
import { LABELS } from './lib/labels.mjs';

test('no frames are drawn while idle, and a click draws again', async (t) => {
  await withApp(t, { hash: '#/catalog' }, async ({ app }) => {
    const { page } = app;
    await waitForText(page, '出入境服务');
    await page.mouse.move(640, 400);
    await page.mouse.move(650, 410);
    await settled(page, 5_000); // the frames that follow input have been drawn
    const f0 = (await appState(page)).frames;
    await page.waitForTimeout(3_000);
    const f1 = (await appState(page)).frames;
    assert.equal(f1, f0, `${f1 - f0} frames drawn in 3 idle seconds`);

    await clickWidget(page, LABELS['zh-CN'].settings);
    await poll(async () => (await appState(page)).frames > f1, 'a click drew no frame');
    await poll(async () => (await appState(page)).route === '#/settings', 'the click did not reach the app');
  });
});
