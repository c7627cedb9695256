// The local demo mode in one tab (issue 5, scenario 6): with the role switcher, the
// direct-issue Huicai Card goes from the talent (name typed in Chinese through input-
// method events) to the employer administrator, the employer specialist, the county,
// city and provincial windows, and back to the talent as an e-card. The due date the
// app shows is checked against one computed from assets/holidays.json (lib/demo_flow.mjs); a
// return without a reason shows the localised rejection; the state survives a reload
// and the back button walks back through the screens.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { appState, reloadApp } from './lib/browser.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { expectState, fill, readJson, SEED, walkDirectIssue } from './lib/demo_flow.mjs';
import { clickWidget, findAllWidgets, findWidget, moveMouseAway, poll, waitForText } from './lib/widgets.mjs';

test('demo: the direct-issue card from talent to province in one tab with the role switcher [S7.1] [S5.1.1] [S6.1.4]', async (t) => {
  await withApp(t, { hash: '#/demo' }, async ({ app }) => {
    const { page } = app;
    const { expected } = await walkDirectIssue(page, { name: '李清照', pinyin: 'li qing zhao', prefix: 'demo' });

    // The demo state is in the browser database: a reload shows the same card.
    await reloadApp(app);
    assert.equal((await appState(page)).route, '#/card');
    for (const s of expected) await waitForText(page, (x) => x === s);
    // And the back button returns to the talent's timeline.
    await page.goBack();
    await poll(async () => (await appState(page)).route === '#/talent', 'back did not return to #/talent');
    await expectState(page, 'issued');
  });
});

test('demo: every role screen speaks English, reached through the switcher and by deep link [S6.1.1] [S6.2]', async (t) => {
  const EN = readJson('i18n', 'ui.en.json');
  const screens = [
    ['talent', '#/talent', EN['ui.talent.title']],
    ['employer_admin', '#/employer', EN['ui.employer.title']],
    ['employer_specialist', '#/specialist', EN['ui.specialist.title']],
    ['window_county', '#/window', EN['ui.window.title']],
  ];
  await withApp(t, { hash: '#/demo', locale: 'en-US' }, async ({ app }) => {
    const { page } = app;
    await waitForText(page, fill(EN['ui.demo.today'], 'date', SEED.setup.as_of));
    await saveScreenshot(page, 'demo-start-en');
    for (const [alias, route, title] of screens) {
      await clickWidget(page, EN['ui.demo.switch_role']);
      const label = EN[`ui.demo.role.${alias}`];
      await findWidget(page, label);
      const [item] = await findAllWidgets(page, { label });
      await clickWidget(page, item);
      await poll(async () => (await appState(page)).route === route, `role ${alias} did not open ${route}`);
      await moveMouseAway(page);
      await waitForText(page, title);
      await saveScreenshot(page, `demo-${route.slice(2)}-en`);
    }
    // A deep link to the e-card before any card exists says so.
    await page.evaluate(() => { window.location.hash = '#/card'; });
    await poll(async () => (await appState(page)).route === '#/card', 'the deep link did not open #/card');
    await waitForText(page, EN['ui.demo.act_as'].replace('{role}', EN['ui.demo.role.talent']));
    await clickWidget(page, EN['ui.demo.act_as'].replace('{role}', EN['ui.demo.role.talent']));
    await waitForText(page, EN['ui.card.none']);
    await saveScreenshot(page, 'demo-card-en');
  });
});
