// Searching the catalogue (S4.2) the way people type: Chinese through an input
// method (composition events, then the committed text), English key by key. The
// rows expected are computed from assets/catalog.json with the catalogue's rule.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { appState } from './lib/browser.mjs';
import { catalogRows, clickWidget, findWidget, imeType, pinyinSteps, poll, typeText } from './lib/widgets.mjs';
import { expectedSearch } from './lib/catalog.mjs';
import { ITEM_COUNT, LABELS, LANG_BUTTON } from './lib/labels.mjs';

async function waitForRows(page, expected, what) {
  let last = null;
  await poll(async () => {
    last = await catalogRows(page);
    return JSON.stringify(last) === JSON.stringify(expected);
  }, () => `${what}: rows ${JSON.stringify(last)}, expected ${JSON.stringify(expected)}`);
}

test('Chinese typed through an input method filters the catalogue to 出入境 [S4.2] [A1]', async (t) => {
  const expected = expectedSearch('出入境');
  assert.ok(expected.includes('A1') && expected.length < ITEM_COUNT, `data: ${expected}`);
  await withApp(t, { hash: '#/catalog' }, async ({ app }) => {
    const { page } = app;
    await waitForRows(page, expectedSearch(''), 'before typing');
    await clickWidget(page, await findWidget(page, { contains: LABELS['zh-CN'].search }));

    // While the input method composes, the pinyin is not search text yet.
    const steps = pinyinSteps('chu ru jing', '出入境');
    await imeType(page, steps.slice(0, -1));
    assert.equal((await catalogRows(page)).length, ITEM_COUNT, 'the uncommitted pinyin filtered the catalogue');

    await imeType(page, steps.slice(-1), '出入境');
    await waitForRows(page, expected, 'after committing 出入境');
    assert.ok(!(await catalogRows(page)).includes('A18'));
  });
});

test('English typed key by key filters the catalogue [S4.2] [A13]', async (t) => {
  const expected = expectedSearch('rail');
  assert.ok(expected.includes('A13') && expected.length < ITEM_COUNT, `data: ${expected}`);
  await withApp(t, { hash: '#/catalog' }, async ({ app }) => {
    const { page } = app;
    await clickWidget(page, LANG_BUTTON.en);
    await poll(async () => (await appState(page)).lang === 'en', 'the language did not switch to en');
    await clickWidget(page, await findWidget(page, { contains: LABELS.en.search }));
    await typeText(page, 'Rail');
    await waitForRows(page, expected, 'after typing Rail');
    assert.ok(!(await catalogRows(page)).includes('A18'));
  });
});
