// A second engine (issue 13): the app in Firefox ESR (Debian's firefox-esr) under Xvfb
// with software GL (headless Firefox has no WebGL2 here), driven by puppeteer-core over
// WebDriver BiDi, against the real server: the first frame, a sign-in through the real
// sign-in fields, one command (the talent's profile: UpdateTalentProfile), saved by the
// page-level store to IndexedDB, and after a reload with the server gone (a plain static
// host on its port serves the page, with no /api) the change is read back from those
// pages with the database whole (PRAGMA integrity_check).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { saveScreenshot } from './lib/artifacts.mjs';
import { startServer } from './lib/server.mjs';
import { startStaticServer } from './lib/static_server.mjs';
import { fill, readJson, UI, WF } from './lib/demo_flow.mjs';
import { poll } from './lib/widgets.mjs';

const FIREFOX = process.env.HUICAI_FIREFOX || '/usr/bin/firefox-esr';
const SEED = readJson('demo_seed.json');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// An X server of its own on the first free display number.
async function startXvfb() {
  for (let n = 90; n < 120; n += 1) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const proc = spawn('Xvfb', [`:${n}`, '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${n}`); i += 1) await sleep(50);
    if (existsSync(`/tmp/.X11-unix/X${n}`)) return { display: `:${n}`, stop: () => proc.kill() };
    proc.kill();
  }
  throw new Error('no free X display for Xvfb');
}

// The page's helpers, as the Chromium tests have them (lib/widgets.mjs) but on a
// puppeteer page: two animation frames, the widget map, a click at a widget's centre.
const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const widgets = (page) => page.evaluate(() => window.huicai.widgets());
const laidOut = (page) => page.evaluate(() => window.huicai.laidOut());
async function widget(page, label) {
  return poll(async () => (await widgets(page)).find((w) => w.label === label),
    async () => `no widget "${label}"; drawn: ${JSON.stringify((await widgets(page)).map((w) => w.label))}`, 15_000);
}
async function click(page, w) {
  await page.mouse.move(w.x + w.w / 2, w.y + w.h / 2);
  await frames(page);
  await page.mouse.down();
  await frames(page);
  await page.mouse.up();
  await frames(page);
}
async function inputTaken(page) {
  await poll(async () => ((await page.evaluate(() => window.huicai.input())).pending ?? 0) === 0, 'the app did not take the input', 20_000);
}
// Scrolls (the wheel at the page's left edge) until the item `label` is in view.
async function reveal(page, label) {
  for (let i = 0; i < 12; i += 1) {
    const r = (await laidOut(page)).find((x) => x.item && x.text === label);
    if (r && r.visible && r.y >= 80 && r.y + r.h < 720) return widget(page, label);
    await page.mouse.move(4, 400);
    await page.mouse.wheel({ deltaY: r ? Math.round(r.y - 360) : 300 });
    await frames(page);
    await sleep(100);
  }
  return widget(page, label);
}
const texts = (page) => page.evaluate(() => window.huicai.laidOut().map((r) => r.text));

test('firefox: first frame, sign-in, one command, the page-level store across a reload [S6.1.1] [S4.2]', async (t) => {
  const server = await startServer();
  const x = await startXvfb();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'huicai-firefox-'));
  let browser = null;
  let serverUp = true;
  let staticHost = null;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: false,
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 800 },
      env: { ...process.env, DISPLAY: x.display, MOZ_HEADLESS: '', LIBGL_ALWAYS_SOFTWARE: '1' },
      extraPrefsFirefox: { 'webgl.force-enabled': true, 'intl.accept_languages': 'zh-CN' },
    });
    const page = (await browser.pages())[0] ?? await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/?testmap=1#/login`, { waitUntil: 'load' });

    // The first frame.
    await poll(() => page.evaluate(() => !!(window.huicai && window.huicai.ready && window.huicai.frames > 0)),
      async () => `no first frame in Firefox; page: ${await page.evaluate(() => document.body.innerText.slice(0, 300))}`, 60_000);
    const gl = await page.evaluate(() => {
      const c = document.createElement('canvas').getContext('webgl2');
      return c ? c.getParameter(c.RENDERER) : null;
    });
    t.diagnostic(`Firefox's WebGL2 renderer: ${gl}`);

    // Sign in through the real <input>s laid over the fields.
    await click(page, await widget(page, UI['ui.login.account_hint']));
    await page.keyboard.type('talent.t1', { delay: 20 });
    await click(page, await widget(page, UI['ui.login.password_hint']));
    await page.keyboard.type(SEED.password, { delay: 20 });
    await page.keyboard.press('Enter');
    await poll(async () => (await page.evaluate(() => window.huicai.route)) === '#/talent', 'sign-in did not open the talent workspace', 30_000);
    await poll(async () => (await texts(page)).includes('张明'), 'the first pull did not bring the talent\'s name', 30_000);

    // One command: the talent's name, saved.
    await click(page, await reveal(page, UI['ui.talent.name_hint']));
    await inputTaken(page);
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Zhang Mingyuan', { delay: 20 });
    await inputTaken(page);
    await poll(async () => (await texts(page)).includes('Zhang Mingyuan'), async () =>
      `the name field does not hold what was typed: ${JSON.stringify((await texts(page)).slice(0, 60))}`, 10_000);
    await click(page, await reveal(page, UI['ui.talent.save_profile']));
    const done = fill(UI['ui.demo.done'], 'command', WF['workflow.command.UpdateTalentProfile']);
    await poll(async () => (await texts(page)).includes(done), 'the profile was not saved', 20_000);
    // Accepted by the server, and durable in IndexedDB (the page-level store).
    await poll(async () => (await texts(page)).includes(fill(UI['ui.status.pending'], 'n', '0')), 'the change was not sent', 60_000);
    // The round that pushed it has pulled it back (the replica holds what the server
    // accepted), and every save asked for is durable.
    await poll(async () => {
      const s = await page.evaluate(() => window.huicai.sync());
      return !s.inFlight && s.phase === 'idle' && s.runs > 0;
    }, async () => `the sync round did not end: ${JSON.stringify(await page.evaluate(() => window.huicai.sync()))}`, 60_000);
    await poll(async () => {
      const s = await page.evaluate(() => window.huicai.storage());
      return !s.saving && s.asked > 0 && s.durable === s.asked && (await texts(page)).includes(UI['ui.status.db_saved']);
    }, async () => `the change was not saved locally: ${JSON.stringify(await page.evaluate(() => window.huicai.storage()))}`, 20_000);
    await saveScreenshot(page, 'firefox-talent-zh');

    // The server goes away (a static host in its place serves the page, no /api); a
    // reload reads the database back from IndexedDB.
    const port = Number(new URL(server.url).port);
    await server.stop();
    serverUp = false;
    staticHost = await startStaticServer({ port });
    await page.reload({ waitUntil: 'load' });
    await poll(() => page.evaluate(() => !!(window.huicai && window.huicai.ready)), 'no frame after the reload', 60_000);
    await poll(async () => (await page.evaluate(() => window.huicai.route)) === '#/talent', 'the reload left the talent workspace', 30_000);
    await poll(async () => (await texts(page)).includes('Zhang Mingyuan'), async () =>
      `the change is not in the database read back: ${JSON.stringify((await texts(page)).slice(0, 40))}`, 30_000);
    const db = await page.evaluate(() => window.huicai.database());
    assert.equal(db.integrity.replica, 'ok', `integrity: ${JSON.stringify(db)}`);
    assert.ok(Object.values(db.integrity).every((v) => v === 'ok'), `integrity: ${JSON.stringify(db)}`);
    assert.deepEqual(errors, [], 'page errors in Firefox');
  } finally {
    if (browser) await browser.close().catch(() => {});
    x.stop();
    if (serverUp) await server.stop();
    if (staticHost) await staticHost.stop();
    rmSync(profile, { recursive: true, force: true });
  }
});
