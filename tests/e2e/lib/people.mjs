// Several people at once against one server: one Chromium with a browser context
// (its own storage, its own IndexedDB) per person, each signed in to the server
// mode with a demo account. Each person's page is an app tab as openApp() gives it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, DESKTOP, appState, openApp } from './browser.mjs';
import { saveFailureScreenshots } from './artifacts.mjs';
import { assetsDir } from './paths.mjs';
import { clickWidget, findWidget, moveMouseAway, poll, typeText } from './widgets.mjs';

const readJson = (...p) => JSON.parse(readFileSync(path.join(assetsDir(), ...p), 'utf8'));
const UI = readJson('i18n', 'ui.zh-CN.json');
export const DEMO_PASSWORD = readJson('demo_seed.json').password;

// Signs in on the #/login screen and waits for the role's workspace (`route`).
export async function signIn(page, login, route) {
  await clickWidget(page, UI['ui.login.account_hint']);
  await typeText(page, login);
  await clickWidget(page, UI['ui.login.password_hint']);
  await typeText(page, DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await moveMouseAway(page);
  if (route) await poll(async () => (await appState(page)).route === route, `${login} did not reach ${route}`, 15_000);
}

// Asks the app to sync now (the role bar's button) and waits until it is idle again.
export async function syncNow(page) {
  await clickWidget(page, UI['ui.outbox.sync_now']);
  await moveMouseAway(page);
  await findWidget(page, UI['ui.outbox.sync_now'], { timeoutMs: 15_000 });
}

// Resolves to {person(login, route) → app, close(failedTestName?)}.
export async function openPeople(server, { viewport = DESKTOP, locale = 'zh-CN' } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const apps = [];
  const named = []; // [login, context]
  return {
    async person(login, route) {
      const context = await browser.newContext({ viewport, locale });
      named.push([login, context]);
      const app = await openApp(context, server.url, { hash: '#/login' });
      apps.push(app);
      await signIn(app.page, login, route);
      return app;
    },
    assertNoPageErrors() { for (const a of apps) a.assertNoPageErrors(); },
    async close(failedTestName) {
      if (failedTestName) {
        for (const [login, c] of named) await saveFailureScreenshots(c, `${failedTestName}-${login}`).catch(() => {});
      }
      await browser.close().catch(() => {});
    },
  };
}
