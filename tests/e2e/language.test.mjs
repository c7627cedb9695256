// The interface speaks Chinese or English (the online system serves foreign talents
// too): the switch changes the drawn labels at once and is remembered
// in the browser's database across a reload.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { appState, reloadApp } from './lib/browser.mjs';
import { clickWidget, isShown, moveMouseAway, poll, settled } from './lib/widgets.mjs';
import { LABELS, LANG_BUTTON } from './lib/labels.mjs';
import { colourStats, saveScreenshot } from './lib/artifacts.mjs';
import { readJson } from './lib/demo_flow.mjs';

async function switchTo(page, lang) {
  const p0 = (await appState(page)).persisted;
  await clickWidget(page, LANG_BUTTON[lang]);
  await poll(async () => (await appState(page)).lang === lang, `lang did not become ${lang}`);
  await poll(async () => (await appState(page)).persisted > p0, `the ${lang} choice was not stored`, 10_000);
}

async function expectLanguage(page, lang) {
  const other = lang === 'en' ? 'zh-CN' : 'en';
  assert.equal((await appState(page)).lang, lang);
  await poll(() => isShown(page, LABELS[lang].search), `"${LABELS[lang].search}" not drawn in ${lang}`);
  assert.equal(await isShown(page, LABELS[other].search), false, `"${LABELS[other].search}" still drawn in ${lang}`);
}

test('the language switch changes the labels and is remembered after a reload', async (t) => {
  await withApp(t, { hash: '#/catalog' }, async ({ app }) => {
    const { page } = app;
    await expectLanguage(page, 'zh-CN');

    await switchTo(page, 'en');
    await expectLanguage(page, 'en');
    await reloadApp(app);
    await expectLanguage(page, 'en');

    await switchTo(page, 'zh-CN');
    await expectLanguage(page, 'zh-CN');
    await reloadApp(app);
    await expectLanguage(page, 'zh-CN');
  });
});

// The page's most common colour (its background) once the app stopped drawing.
async function background(page, name) {
  await moveMouseAway(page);
  await settled(page);
  return colourStats((await saveScreenshot(page, name)).png).dominant;
}

test('Settings switch to high contrast (black on white) and back, and the choice is remembered after a reload [S4.1]', async (t) => {
  await withApp(t, { hash: '#/settings' }, async ({ app }) => {
    const { page } = app;
    for (const lang of ['zh-CN', 'en']) {
      const ui = readJson('i18n', `ui.${lang}.json`);
      if (lang === 'en') await switchTo(page, 'en');
      const normal = await background(page, `settings-contrast-normal-${lang}`);
      assert.notEqual(normal, '#ffffff', 'the standard colours have a tinted page');
      let p0 = (await appState(page)).persisted;
      await clickWidget(page, ui['ui.settings.contrast_high']);
      await poll(async () => (await appState(page)).persisted > p0, 'the high-contrast choice was not stored', 10_000);
      assert.equal(await background(page, `settings-contrast-high-${lang}`), '#ffffff', 'high contrast draws on white');
      await reloadApp(app);
      assert.equal(await background(page, `settings-contrast-high-reloaded-${lang}`), '#ffffff', 'high contrast after a reload');
      p0 = (await appState(page)).persisted;
      await clickWidget(page, ui['ui.settings.contrast_normal']);
      await poll(async () => (await appState(page)).persisted > p0, 'the standard choice was not stored', 10_000);
      assert.equal(await background(page, `settings-contrast-back-${lang}`), normal, 'back to the standard colours');
    }
    app.assertNoPageErrors();
  });
});

test('a first visit speaks the browser language: English for en-US, Chinese for zh-CN', async (t) => {
  await withApp(t, { hash: '#/catalog', locale: 'en-US' }, async ({ app }) => {
    await expectLanguage(app.page, 'en');
  });
  await withApp(t, { hash: '#/catalog', locale: 'zh-CN' }, async ({ app }) => {
    await expectLanguage(app.page, 'zh-CN');
  });
});
