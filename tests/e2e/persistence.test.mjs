// What the user sets in the online system (S6.1.1) is kept in the browser's SQLite
// database: a favourite survives a reload and a restart of the browser on the same
// profile. A favourite's state is read from the pixels of its toggle (captured with
// nothing hovered), so the check holds whatever the toggle looks like.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { appState, openApp, reloadApp } from './lib/browser.mjs';
import { captureRect, samePixels } from './lib/artifacts.mjs';
import { clickWidget, findWidget, moveMouseAway, nextFrames, poll, waitForText } from './lib/widgets.mjs';
import { LABELS } from './lib/labels.mjs';

const FAV = LABELS['zh-CN'].favourite;

// The first favourite toggle and a capture of it, nothing hovered.
async function firstFavourite(page) {
  await waitForText(page, '出入境服务');
  await moveMouseAway(page);
  const w = await findWidget(page, FAV);
  await nextFrames(page);
  return { w, png: await captureRect(page, w) };
}

async function waitForPersisted(page, above) {
  return poll(async () => {
    const p = (await appState(page)).persisted;
    return p > above ? p : null;
  }, `window.huicai.persisted did not grow past ${above}`, 10_000);
}

test('a favourite survives a reload and a browser restart on the same profile [S6.1.1] [S4.2]', async (t) => {
  await withApp(t, { hash: '#/catalog' }, async ({ server, app, relaunch }) => {
    const before = await firstFavourite(app.page);
    const persisted0 = (await appState(app.page)).persisted;
    assert.ok(Number.isInteger(persisted0), `persisted is ${persisted0}`);

    await clickWidget(app.page, before.w);
    await waitForPersisted(app.page, persisted0);
    const after = await firstFavourite(app.page);
    assert.equal(after.w.id, before.w.id, 'the first favourite toggle changed identity');
    assert.ok(!samePixels(before.png, after.png), 'the favourite toggle looks the same after the click');

    await reloadApp(app);
    const reloaded = await firstFavourite(app.page);
    assert.equal(reloaded.w.id, before.w.id);
    assert.ok(samePixels(reloaded.png, after.png), 'after a reload the item is no longer a favourite');

    const browser = await relaunch();
    const again = await openApp(browser.context, server.url, { hash: '#/catalog' });
    const restarted = await firstFavourite(again.page);
    assert.ok(samePixels(restarted.png, after.png), 'after a browser restart the item is no longer a favourite');
    again.assertNoPageErrors();

    // And back: un-favouriting is kept too.
    const p1 = (await appState(again.page)).persisted;
    await clickWidget(again.page, restarted.w);
    await waitForPersisted(again.page, p1);
    await reloadApp(again);
    const undone = await firstFavourite(again.page);
    assert.ok(samePixels(undone.png, before.png), 'un-favouriting was not kept');
  });
});
