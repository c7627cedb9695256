// Several people at once against one server: one Chromium with a browser context
// (its own storage, its own IndexedDB) per person, each signed in to the server
// mode with a demo account. Each person's page is an app tab as openApp() gives it.
// With `today` every context's clock starts on that day (the server's --today), so
// dates the app shows do not depend on when the test runs; a person may have a
// context of their own (a phone: viewport, isMobile, hasTouch, deviceScaleFactor) and
// sign in by touch taps.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, DESKTOP, appState, openApp } from './browser.mjs';
import { saveFailureScreenshots } from './artifacts.mjs';
import { assetsDir } from './paths.mjs';
import {
  clickWidget, findAllWidgets, findWidget, moveMouseAway, poll, settled, typeText, visibleTexts,
} from './widgets.mjs';

const readJson = (...p) => JSON.parse(readFileSync(path.join(assetsDir(), ...p), 'utf8'));
const UI = readJson('i18n', 'ui.zh-CN.json');
export const DEMO_PASSWORD = readJson('demo_seed.json').password;

// Signs in on the #/login screen (with the demo password unless `password` is given)
// and waits for the role's workspace (`route`). With
// `press(page, label)` (e.g. a touch tap) the fields and the sign-in button are
// pressed with it; otherwise fields are clicked and Enter signs in.
export async function signIn(page, login, route, { press, password: given } = {}) {
  const hit = press ?? ((p, label) => clickWidget(p, label));
  await hit(page, UI['ui.login.account_hint']);
  await typeText(page, login);
  const password = await hit(page, UI['ui.login.password_hint']);
  await typeText(page, given ?? DEMO_PASSWORD);
  if (press) {
    await settled(page);
    const [button] = (await findAllWidgets(page, { label: UI['ui.login.sign_in'] })).filter((w) => w.y > password.y);
    assert.ok(button, 'no sign-in button under the password field');
    await press(page, button);
  } else {
    await page.keyboard.press('Enter');
    await moveMouseAway(page);
  }
  if (route) await poll(async () => (await appState(page)).route === route, `${login} did not reach ${route}`, 15_000);
}

// Asks the app to sync now (the role bar's button) and waits until that round has
// ended (window.huicai.sync() counts the rounds done). A round already under way (the
// background tick, a command's push) shows 正在同步… instead of the button until it
// ends; a request with no answer is given up after 45 s and tried again.
export async function syncNow(page, { timeoutMs = 120_000 } = {}) {
  const before = await page.evaluate(() => window.huicai.sync());
  await clickWidget(page, UI['ui.outbox.sync_now'], { timeoutMs: 60_000 });
  await moveMouseAway(page);
  await poll(async () => {
    const s = await page.evaluate(() => window.huicai.sync());
    return s.runs > before.runs && !s.inFlight && s.phase !== 'pushing' && s.phase !== 'pulling';
  }, async () => `the sync round asked for did not end within ${timeoutMs} ms: ${JSON.stringify(await page.evaluate(() => window.huicai.sync()))}`,
  timeoutMs);
  // The button is back once no round is under way; the background tick may have
  // started the next one meanwhile (a new replica's first pull on a busy machine can
  // take several seconds), so this waits as long as a round may take.
  await findWidget(page, UI['ui.outbox.sync_now'], { timeoutMs: 60_000 });
}

// Presses the role bar's Sync now until some drawn text satisfies `pred` (a string:
// contains it). `seek(page, test)` looks for it when the screen must be scrolled (it
// resolves to the text found or nothing); by default only what is drawn is read.
export async function syncUntil(page, pred, { timeoutMs = 30_000, seek } = {}) {
  const test = typeof pred === 'string' ? (s) => s.includes(pred) : pred;
  const look = seek ?? (async (p, t) => (await visibleTexts(p)).find(t));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = await look(page, test);
    if (hit) return hit;
    if (Date.now() > deadline) {
      throw new Error(`never drawn after syncing: ${pred}; texts: ${JSON.stringify((await visibleTexts(page)).slice(0, 60))}`);
    }
    await syncNow(page);
  }
}

// Resolves to {person(login, route, {context, press}) → app, page(…) → its page,
// close(failedTestName?)}: close saves every person's screenshots when a test failed,
// and otherwise checks that no page threw.
// `context` are further browser-context options of that person (a phone's), `press`
// how they press controls while signing in (see signIn). `today` ("YYYY-MM-DD") starts
// every context's clock on that day, at noon in China, and lets it run from there (a
// clock held still would hold the sync pump's retry and poll times still too).
export async function openPeople(server, { viewport = DESKTOP, locale = 'zh-CN', today } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const apps = [];
  const named = []; // [login, context]
  return {
    async person(login, route, { context: options = {}, press, password } = {}) {
      const context = await browser.newContext({ viewport, locale, ...options });
      if (today) await context.clock.install({ time: new Date(`${today}T04:00:00Z`) });
      named.push([login, context]);
      const app = await openApp(context, server.url, { hash: '#/login' });
      apps.push(app);
      await signIn(app.page, login, route, { press, password });
      return app;
    },
    async page(login, route, opts) { return (await this.person(login, route, opts)).page; },
    assertNoPageErrors() { for (const a of apps) a.assertNoPageErrors(); },
    async close(failedTestName) {
      if (failedTestName) {
        for (const [login, c] of named) await saveFailureScreenshots(c, `${failedTestName}-${login}`).catch(() => {});
      }
      await browser.close().catch(() => {});
      if (!failedTestName) for (const a of apps) a.assertNoPageErrors();
    },
  };
}
