// A picture of every screen, in both languages, on a desktop and on a phone-sized
// viewport, saved under build/artifacts/ for people to look at; each must show the
// screen's own content and not be blank (S6.1.1, S4.2).
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { appState, DESKTOP, PHONE } from './lib/browser.mjs';
import { colourStats, saveScreenshot } from './lib/artifacts.mjs';
import { clickWidget, moveMouseAway, poll, waitForText, isShown } from './lib/widgets.mjs';
import { catalogItem } from './lib/catalog.mjs';
import { LABELS, LANG_BUTTON } from './lib/labels.mjs';

async function go(page, baseUrl, hash) {
  await page.goto(`${baseUrl}/?testmap=1${hash}`);
  await poll(async () => (await appState(page)).route === hash, `route ${hash} not reached`);
}

async function snap(page, name) {
  await moveMouseAway(page);
  const { png, path } = await saveScreenshot(page, name);
  const stats = colourStats(png);
  assert.ok(stats.distinct >= 8 && stats.dominantShare < 0.99, `${path} looks blank`);
}

async function everyScreen(page, baseUrl, prefix) {
  const a13 = catalogItem('A13');
  for (const lang of ['zh-CN', 'en']) {
    const tag = lang === 'en' ? 'en' : 'zh';
    if (lang === 'en') {
      await go(page, baseUrl, '#/settings');
      await clickWidget(page, LANG_BUTTON.en);
      await poll(async () => (await appState(page)).lang === 'en', 'the language did not switch to en');
    }
    await go(page, baseUrl, '#/catalog');
    await poll(() => isShown(page, LABELS[lang].search), `the ${lang} catalogue is not drawn`);
    await waitForText(page, lang === 'en' ? catalogItem('A1').nameEn : catalogItem('A1').nameZh);
    await snap(page, `${prefix}catalogue-${tag}`);

    await go(page, baseUrl, '#/catalog/A13');
    await waitForText(page, lang === 'en' ? a13.nameEn : a13.nameZh);
    await snap(page, `${prefix}item-A13-${tag}`);

    await go(page, baseUrl, '#/settings');
    await poll(() => isShown(page, LANG_BUTTON.en), 'the settings screen has no language switch');
    await snap(page, `${prefix}settings-${tag}`);
  }
}

test('screenshots of every screen at 1280×800 [S6.1.1] [S4.2]', async (t) => {
  await withApp(t, { viewport: DESKTOP }, async ({ app, server }) => {
    await everyScreen(app.page, server.url, '');
  });
});

test('screenshots of every screen at 390×844 [S6.1.1] [S4.2]', async (t) => {
  await withApp(t, { viewport: PHONE }, async ({ app, server }) => {
    await everyScreen(app.page, server.url, 'phone-');
  });
});
