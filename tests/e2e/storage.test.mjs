// The browser's databases kept block by block (web/huicai_storage.js over the page VFS,
// issue 13): a save writes only the blocks a commit changed; what the app counted as
// saved survives the tab's renderer being killed (not closed); a hundred commits with
// the renderer killed at a random moment leave databases that open intact and lose no
// commit that was saved; and a database kept by the previous release (whole files in
// IDBFS's IndexedDB "/data") is brought over with every row on the first start, the old
// store then deleted; when the writer tab closes, a read-only tab takes over from what
// it saved. Favourites are the commits: each is a write of the browser's own database,
// saved as soon as it is made (S4.2, S7.1: nothing a person did is lost).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withApp } from './lib/fixture.mjs';
import { assetsDir } from './lib/paths.mjs';
import { signIn } from './lib/people.mjs';
import { appState, appUrl, openApp, waitForReady, watchPage } from './lib/browser.mjs';
import { LABELS } from './lib/labels.mjs';
import { clickAt, findAllWidgets, moveMouseAway, poll, settled, waitForText } from './lib/widgets.mjs';

const FAV = LABELS['zh-CN'].favourite;

const storage = (page) => page.evaluate(() => window.huicai.storage());
const database = (page) => page.evaluate(() => window.huicai.database());

// The first `n` favourite toggles of the catalogue, top to bottom, and their states, once
// the page stopped moving (the server's state arriving may add a line above them).
async function favourites(page, n) {
  await waitForText(page, '出入境服务');
  await moveMouseAway(page);
  await settled(page, 2_000);
  const all = (await findAllWidgets(page, { label: FAV })).slice(0, n);
  assert.equal(all.length, n, `the catalogue shows ${all.length} favourites`);
  return all;
}
const states = (list) => list.map((w) => w.checked === true || w.checked === 1);

// Waits until at least `asked` saves were asked for and all are durable.
async function saved(page, asked = 0) {
  return poll(async () => {
    const s = await storage(page);
    return !s.saving && s.asked >= asked && s.durable === s.asked ? s : null;
  }, async () => `saves not durable: ${JSON.stringify(await storage(page))}`, 15_000);
}
// Presses favourite `i` of the first `n` (found again: nothing may have moved since).
async function toggle(page, i, n) {
  const w = (await favourites(page, n))[i];
  await clickAt(page, w.x + w.w / 2, w.y + w.h / 2);
}

// Kills the tab's renderer process (what a crash or the system reclaiming memory does).
async function crash(page) {
  const cdp = await page.context().newCDPSession(page);
  const gone = new Promise((resolve) => page.once('crash', resolve));
  cdp.send('Page.crash').catch(() => {});
  await gone;
}

test('storage: a save writes only the blocks a commit changed, and what was saved survives the renderer killed [S7.1] [S4.2]', async (t) => {
  await withApp(t, { hash: '#/catalog' }, async ({ server, app, relaunch }) => {
    const { page } = app;
    const asked = (await storage(page)).asked;
    await toggle(page, 0, 2);
    await saved(page, asked + 1);
    const files = Object.values((await storage(page)).files);
    const segments = files.reduce((n, f) => n + Math.ceil(f.size / f.block), 0);
    await toggle(page, 1, 2);
    const after = await saved(page, asked + 2);
    t.diagnostic(`one favourite: ${after.lastSegments} segments of ${segments} written`);
    assert.ok(after.lastSegments > 0 && after.lastSegments < segments,
      `a favourite wrote ${after.lastSegments} segments of ${segments}`);
    assert.deepEqual(states(await favourites(page, 2)), [true, true]);

    await crash(page); // right after the save said durable
    const browser = await relaunch();
    const again = await openApp(browser.context, server.url, { hash: '#/catalog' });
    assert.deepEqual(states(await favourites(again.page, 2)), [true, true], 'a saved favourite was lost');
    assert.equal((await database(again.page)).integrity.settings, 'ok');
  });
});

test('storage: 100 commits with the renderer killed at a random moment: the database opens intact and no saved commit is lost [S7.1] [S4.2]', async (t) => {
  await withApp(t, { hash: '#/catalog' }, async ({ server, app, relaunch }) => {
    const { page } = app;
    const N = 6;
    const toggles = await favourites(page, N);
    await saved(page);
    await settled(page, 2_000);
    const base = (await storage(page)).asked;
    // Toggle i is favourite i % N: after k toggles, favourite j is on when toggled an odd number of times.
    const stateAfter = (k) => Array.from({ length: N }, (_, j) => Math.floor((k - j + N - 1) / N) % 2 === 1);
    const killAt = 30 + Math.floor(Math.random() * 70);
    // One click after another (each seen by the app: a click pressed too fast may not be);
    // the last one released just before the kill, which then lands a random few
    // milliseconds later, before, during or after its save.
    let floor = 0;
    for (let i = 0; i < killAt; i++) {
      const w = toggles[i % N]; // the catalogue does not move when a favourite changes
      if (i + 1 < killAt) { await clickAt(page, w.x + w.w / 2, w.y + w.h / 2); continue; }
      await page.mouse.move(w.x + w.w / 2, w.y + w.h / 2);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.mouse.down();
      await page.mouse.up();
    }
    await page.waitForTimeout(Math.floor(Math.random() * 40));
    const before = await storage(page);
    // Saved: must survive. Each click's commit asks for one save (a save that follows a
    // running one covers the asks made meanwhile and is not an ask of its own; the page
    // is never hidden here, which would ask too): the saves durable are the clicks saved.
    floor = Math.min(before.durable - base, killAt);
    await crash(page);
    const processed = killAt;
    t.diagnostic(`killed after click ${killAt}: ${before.asked - base} commits made, ${floor} saved, a save ${before.saving ? '' : 'not '}under way`);
    const browser = await relaunch();
    const again = await openApp(browser.context, server.url, { hash: '#/catalog' });
    const db = await database(again.page);
    assert.equal(db.integrity.settings, 'ok', `integrity_check: ${JSON.stringify(db.integrity)}`);
    const got = states(await favourites(again.page, N));
    const fits = [];
    for (let k = floor; k <= processed; k++) if (JSON.stringify(stateAfter(k)) === JSON.stringify(got)) fits.push(k);
    assert.ok(fits.length > 0, `the favourites ${JSON.stringify(got)} are the state after no k in [${floor}, ${processed}]`);
  });
});

test('storage: a database kept by the previous release (IDBFS) is brought over with every row, and the old store deleted [S7.1] [S4.2]', async (t) => {
  await withApp(t, { hash: '#/catalog' }, async ({ server, app, browser }) => {
    // This release writes the files; they are then put where the previous one kept them,
    // in a fresh profile.
    const asked = (await storage(app.page)).asked;
    await toggle(app.page, 0, 3);
    await toggle(app.page, 2, 3);
    await saved(app.page, asked + 2);
    const files = await app.page.evaluate(() => window.huicai.storageFiles());
    assert.ok(Object.keys(files).length >= 1, 'no database file to bring over');
    await app.page.close(); // its connection to the store and its lock go with it
    // The same origin without the app: this release's store deleted, the files put where
    // the previous release kept them.
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/no-such-page`);
    await page.evaluate(async (f) => {
      const del = (name) => new Promise((res) => { const r = indexedDB.deleteDatabase(name); r.onsuccess = r.onerror = r.onblocked = () => res(); });
      await del('huicai-store');
      await new Promise((res, rej) => {
        const r = indexedDB.open('/data', 21);
        r.onupgradeneeded = () => {
          const store = r.result.createObjectStore('FILE_DATA');
          store.createIndex('timestamp', 'timestamp', { unique: false });
        };
        r.onsuccess = () => {
          const tx = r.result.transaction('FILE_DATA', 'readwrite');
          const store = tx.objectStore('FILE_DATA');
          store.put({ timestamp: new Date(), mode: 16877 }, '/data');
          for (const [path, b64] of Object.entries(f)) {
            const bin = atob(b64), bytes = new Uint8Array(bin.length);
            for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
            store.put({ timestamp: new Date(), mode: 33206, contents: bytes }, path);
          }
          tx.oncomplete = () => { r.result.close(); res(); };
          tx.onerror = () => rej(tx.error);
        };
        r.onerror = () => rej(r.error);
      });
    }, files);
    const state = watchPage(page);
    await page.goto(appUrl(server.url, '#/catalog'), { waitUntil: 'load' });
    await waitForReady(page, state);
    const s = await storage(page);
    assert.equal(s.migrated, Object.keys(files).length, `brought over ${s.migrated} of ${Object.keys(files).length}`);
    assert.deepEqual(states(await favourites(page, 3)), [true, false, true], 'a favourite was not brought over');
    assert.equal((await database(page)).integrity.settings, 'ok');
    await poll(async () => !(await page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === '/data'))),
      'the previous release\'s store was not deleted', 10_000);
    // And kept by this release from now on.
    await page.reload({ waitUntil: 'load' });
    await waitForReady(page, state);
    assert.equal((await storage(page)).migrated, 0);
    assert.deepEqual(states(await favourites(page, 3)), [true, false, true]);
  });
});

test('storage: when the writer tab closes, the read-only tab takes over, from what the writer saved, and saves its own commits [S7.1] [S4.2]', async (t) => {
  await withApp(t, { hash: '#/catalog' }, async ({ app, openTab }) => {
    const writer = app.page;
    const second = await openTab({ hash: '#/catalog' });
    const reader = second.page;
    await poll(async () => (await reader.evaluate(() => window.huicai.readOnly)) === true, 'the second tab is not read-only');
    assert.equal(await writer.evaluate(() => window.huicai.readOnly), false);
    // The writer saves a favourite and closes.
    const asked = (await storage(writer)).asked;
    await toggle(writer, 0, 2);
    await saved(writer, asked + 1);
    await writer.close();
    // The second tab becomes the writer with the favourite the first one saved.
    await poll(async () => (await reader.evaluate(() => window.huicai.readOnly)) === false,
      'the read-only tab did not take over when the writer closed', 15_000);
    assert.deepEqual(states(await favourites(reader, 2)), [true, false], 'the writer\'s saved favourite is not there');
    const before = (await storage(reader)).asked;
    await toggle(reader, 1, 2);
    const s = await saved(reader, before + 1);
    assert.ok(s.durable > before, 'the new writer did not save');
    await reader.reload({ waitUntil: 'load' });
    await poll(async () => (await reader.evaluate(() => window.huicai && window.huicai.ready)) === true, 'no first frame after the reload');
    assert.deepEqual(states(await favourites(reader, 2)), [true, true], 'the new writer\'s favourite was not kept');
    assert.equal(await reader.evaluate(() => window.huicai.readOnly), false);
  });
});

test('storage: the settings say what the browser keeps and whether for good; signing in asks it to keep the data for good [S4.2]', async (t) => {
  await withApp(t, { hash: '#/settings' }, async ({ app }) => {
    const { page } = app;
    const use = await waitForText(page, (s) => /^本浏览器为本应用保存了 .+ [KMG]?B，最多可用约 .+ [KMG]?B。$/.test(s));
    t.diagnostic(use);
    assert.equal((await storage(page)).persistAsked, 0, 'a first visit asked the browser to keep the data for good');
    await page.evaluate(() => { window.location.hash = '#/login'; });
    await signIn(page, 'talent.t1', null);
    await poll(async () => (await appState(page)).route !== '#/login', 'talent.t1 did not sign in', 20_000);
    assert.equal((await storage(page)).persistAsked, 1, 'signing in did not ask the browser to keep the data');
    await page.evaluate(() => { window.location.hash = '#/settings'; });
    const grant = await waitForText(page, (s) => s.startsWith('浏览器已同意长期保存') || s.startsWith('浏览器尚未承诺长期保存'));
    t.diagnostic(grant);
  });
});

test('storage: a save the browser refuses for want of space says the storage is full, the app keeps working, and the next save once there is room says saved [S4.2]', async (t) => {
  await withApp(t, { hash: '#/catalog' }, async ({ server, app }) => {
    const { page } = app;
    const UI = JSON.parse(readFileSync(path.join(assetsDir(), 'i18n', 'ui.zh-CN.json'), 'utf8'));
    await saved(page);
    // The quota DevTools simulates: a byte, so any write of the store fails with QuotaExceededError.
    const cdp = await page.context().newCDPSession(page);
    const origin = new URL(server.url).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    const before = states(await favourites(page, 1));
    await toggle(page, 0, 1);
    await waitForText(page, UI['ui.status.db_full'], { timeoutMs: 15_000 });
    // Working from memory: the favourite shows its new state.
    assert.notDeepEqual(states(await favourites(page, 1)), before);
    // Room again: the next change is saved and the status bar says so.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await toggle(page, 0, 1);
    await waitForText(page, UI['ui.status.db_saved'], { timeoutMs: 15_000 });
    assert.deepEqual(states(await favourites(page, 1)), before);
  });
});
