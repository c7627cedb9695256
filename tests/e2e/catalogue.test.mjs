// The service catalogue of S4.2: the 30 items of Annex A, in order, with their names
// and one favourite toggle per row.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { catalogRows, findAllWidgets, poll, waitForText } from './lib/widgets.mjs';
import { catalogItems } from './lib/catalog.mjs';
import { ITEM_COUNT, LABELS } from './lib/labels.mjs';

test('the catalogue shows the 30 service items in Annex A order [S4.2]', async (t) => {
  const codes = catalogItems().map((i) => i.code);
  assert.equal(codes.length, ITEM_COUNT, 'catalog.json should hold 30 items');
  await withApp(t, { hash: '#/catalog' }, async ({ app }) => {
    const rows = await poll(async () => {
      const r = await catalogRows(app.page);
      return r.length ? r : null;
    }, 'the catalogue shows no rows');
    assert.equal(rows.length, ITEM_COUNT);
    assert.deepEqual(rows, codes);
    await waitForText(app.page, '出入境服务');
  });
});

test('each drawn catalogue row has its own favourite toggle [S4.2]', async (t) => {
  await withApp(t, { hash: '#/catalog' }, async ({ app }) => {
    await waitForText(app.page, '出入境服务');
    const favs = await findAllWidgets(app.page, { label: LABELS['zh-CN'].favourite });
    assert.ok(favs.length >= 5, `only ${favs.length} favourite toggles drawn`);
    assert.equal(new Set(favs.map((w) => w.id)).size, favs.length, 'favourite toggles share an id');
    for (const w of favs) assert.ok(w.w > 0 && w.h > 0, `empty rectangle ${JSON.stringify(w)}`);
  });
});
