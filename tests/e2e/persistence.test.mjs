// What the user sets in the online system (S6.1.1) is kept in the browser's SQLite
// database: a favourite survives a reload and a restart of the browser on the same
// profile. A favourite's state is the toggle's `checked` in the widget map when the
// map gives one, else the pixels of the toggle captured with nothing hovered.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { appState, openApp, reloadApp } from './lib/browser.mjs';
import { captureRect, samePixels } from './lib/artifacts.mjs';
import { clickWidget, findWidget, moveMouseAway, nextFrames, poll, waitForText } from './lib/widgets.mjs';
import { LABELS } from './lib/labels.mjs';

const FAV = LABELS['zh-CN'].favourite;

// The first favourite toggle and its state: {w, checked} or {w, png}.
async function firstFavourite(page) {
  await waitForText(page, '出入境服务');
  await moveMouseAway(page);
  const w = await findWidget(page, FAV);
  await nextFrames(page);
  const checked = w.checked === true || w.checked === 1 ? true : w.checked === false || w.checked === 0 ? false : null;
  return checked === null ? { w, png: await captureRect(page, w) } : { w, checked };
}

// True when two captures of the toggle show the same state.
function sameState(a, b) {
  if ('checked' in a && 'checked' in b) return a.checked === b.checked;
  if (a.png && b.png) return samePixels(a.png, b.png);
  throw new Error('the favourite toggle reported `checked` only some of the time');
}

async function waitForPersisted(page, above) {
  return poll(async () => {
    const p = (await appState(page)).persisted;
    return p > above ? p : null;
  }, `window.huicai.persisted did not grow past ${above}`, 10_000);
}

test('a favourite survives a reload and a browser restart on the same profile [S4.2]', async (t) => {
  await withApp(t, { hash: '#/catalog' }, async ({ server, app, relaunch }) => {
    const before = await firstFavourite(app.page);
    const persisted0 = (await appState(app.page)).persisted;
    assert.ok(Number.isInteger(persisted0), `persisted is ${persisted0}`);

    await clickWidget(app.page, before.w);
    await waitForPersisted(app.page, persisted0);
    const after = await firstFavourite(app.page);
    assert.equal(after.w.id, before.w.id, 'the first favourite toggle changed identity');
    assert.ok(!sameState(before, after), 'the favourite did not change state on the click');
    if ('checked' in before) assert.equal(before.checked, false, 'a fresh profile starts with a favourite');

    await reloadApp(app);
    const reloaded = await firstFavourite(app.page);
    assert.equal(reloaded.w.id, before.w.id);
    assert.ok(sameState(reloaded, after), 'after a reload the item is no longer a favourite');

    const browser = await relaunch();
    const again = await openApp(browser.context, server.url, { hash: '#/catalog' });
    const restarted = await firstFavourite(again.page);
    assert.ok(sameState(restarted, after), 'after a browser restart the item is no longer a favourite');
    again.assertNoPageErrors();

    // And back: un-favouriting is kept too.
    const p1 = (await appState(again.page)).persisted;
    await clickWidget(again.page, restarted.w);
    await waitForPersisted(again.page, p1);
    await reloadApp(again);
    const undone = await firstFavourite(again.page);
    assert.ok(sameState(undone, before), 'un-favouriting was not kept');
  });
});
