// Deep links and the browser's back button: every screen has an address
// (#/catalog, #/catalog/A13, #/settings) that opens it, and going back returns to
// the screen before (S6.1.1; the rail service A13 of S4.2 as the example item).
import test from 'node:test';
import { withApp } from './lib/fixture.mjs';
import { appState } from './lib/browser.mjs';
import { catalogRows, clickWidget, poll, waitForText } from './lib/widgets.mjs';
import { catalogItem } from './lib/catalog.mjs';
import { ITEM_COUNT, LABELS } from './lib/labels.mjs';

const waitRoute = (page, route) =>
  poll(async () => (await appState(page)).route === route,
    async () => `route is ${(await appState(page)).route}, expected ${route}`);

// A detail screen draws the start of the item's description.
async function expectDetail(page, code) {
  const item = catalogItem(code);
  await waitForText(page, item.nameZh);
  const start = String(item.descZh).slice(0, 6);
  await waitForText(page, start);
}

test('a deep link opens the item, and back returns through the screens [S4.2] [A13]', async (t) => {
  await withApp(t, { hash: '#/catalog/A13' }, async ({ app }) => {
    const { page } = app;
    await waitRoute(page, '#/catalog/A13');
    await expectDetail(page, 'A13');

    await clickWidget(page, LABELS['zh-CN'].settings);
    await waitRoute(page, '#/settings');
    await page.goBack();
    await waitRoute(page, '#/catalog/A13');
    await expectDetail(page, 'A13');
  });
});

test('the hash route drives the screen both ways [S4.2]', async (t) => {
  await withApp(t, {}, async ({ app, server }) => {
    const { page } = app;
    await waitRoute(page, '#/catalog');
    await poll(async () => (await catalogRows(page)).length === ITEM_COUNT, 'the default screen is not the catalogue');

    await page.goto(`${server.url}/?testmap=1#/catalog/A1`);
    await waitRoute(page, '#/catalog/A1');
    await expectDetail(page, 'A1');

    await page.goto(`${server.url}/?testmap=1#/settings`);
    await waitRoute(page, '#/settings');
    await page.goBack();
    await waitRoute(page, '#/catalog/A1');
    await page.goBack();
    await waitRoute(page, '#/catalog');
    await poll(async () => (await catalogRows(page)).length === ITEM_COUNT, 'back did not return to the whole catalogue');
  });
});
