// The interface speaks Chinese or English (the online system serves foreign talents
// too): the switch changes the drawn labels at once and is remembered
// in the browser's database across a reload.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { appState, reloadApp } from './lib/browser.mjs';
import { clickWidget, isShown, poll } from './lib/widgets.mjs';
import { LABELS, LANG_BUTTON } from './lib/labels.mjs';

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

test('a first visit speaks the browser language: English for en-US, Chinese for zh-CN', async (t) => {
  await withApp(t, { hash: '#/catalog', locale: 'en-US' }, async ({ app }) => {
    await expectLanguage(app.page, 'en');
  });
  await withApp(t, { hash: '#/catalog', locale: 'zh-CN' }, async ({ app }) => {
    await expectLanguage(app.page, 'zh-CN');
  });
});
