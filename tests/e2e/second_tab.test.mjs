// One tab writes the browser's database; a second tab of the same app is read-only
// and says so, so that two tabs never overwrite each other's changes (S6.1.1).
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { appState } from './lib/browser.mjs';
import { isShown, poll } from './lib/widgets.mjs';
import { LABELS } from './lib/labels.mjs';

const RO = LABELS['zh-CN'].readOnly;

test('a second tab of the app is read-only while the first one writes', async (t) => {
  await withApp(t, { hash: '#/catalog' }, async ({ app, openTab }) => {
    assert.equal((await appState(app.page)).readOnly, false, 'the only tab is read-only');
    assert.equal(await isShown(app.page, RO), false, `the only tab shows ${RO}`);

    const second = await openTab({ hash: '#/catalog' });
    await poll(async () => (await appState(second.page)).readOnly === true, 'the second tab is not read-only', 10_000);
    await poll(() => isShown(second.page, RO), `the second tab does not show ${RO}`);

    assert.equal((await appState(app.page)).readOnly, false, 'the first tab became read-only');
    await app.page.bringToFront();
    assert.equal(await isShown(app.page, RO), false, `the first tab shows ${RO}`);
  });
});
