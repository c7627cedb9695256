// The local demo mode in one tab (issue 5, scenario 6): with the role switcher, the
// direct-issue Huicai Card goes from the talent (name typed in Chinese through input-
// method events) to the employer administrator, the employer specialist, the county,
// city and provincial windows, and back to the talent as an e-card. The due date the
// app shows is checked against one computed here from assets/holidays.json; a
// return without a reason shows the localised rejection; the state survives a reload
// and the back button walks back through the screens.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withApp } from './lib/fixture.mjs';
import { appState, reloadApp } from './lib/browser.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { assetsDir } from './lib/paths.mjs';
import {
  clickWidget, findAllWidgets, findWidget, imeType, moveMouseAway, nextFrames, pinyinSteps, poll, visibleTexts,
  waitForText,
} from './lib/widgets.mjs';

const readJson = (...p) => JSON.parse(readFileSync(path.join(assetsDir(), ...p), 'utf8'));
const UI = readJson('i18n', 'ui.zh-CN.json');
const WF = readJson('i18n', 'workflow.zh-CN.json');
const SEED = readJson('demo', 'seed.json');
const HOLIDAYS = readJson('holidays.json').years;
const TALENT = readJson('talent.json');

const fill = (pattern, name, value) => pattern.replaceAll(`{${name}}`, value);
const cmd = (name) => WF[`workflow.command.${name}`];
const cardState = (id) => WF[`workflow.card_state.${id}`];

// ISO date arithmetic in UTC, independent of the app.
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => { const d = new Date(`${s}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
function isWorkingDay(day) {
  const y = HOLIDAYS[day.slice(0, 4)];
  assert.ok(y, `no holiday data for ${day}`);
  if (y.off.includes(day)) return false;
  if (y.work.includes(day)) return true;
  const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6;
}
// The n-th working day after `from` (S7.1: the limit counts working days after arrival).
function addWorkingDays(from, n) {
  let day = from;
  for (let left = n; left > 0;) { day = addDays(day, 1); if (isWorkingDay(day)) left -= 1; }
  return day;
}

async function switchRole(page, alias, route) {
  await clickWidget(page, UI['ui.demo.switch_role']);
  const label = UI[`ui.demo.role.${alias}`];
  await findWidget(page, label);
  const [item] = await findAllWidgets(page, { label }); // the open list sits under the switcher, above the page
  await clickWidget(page, item);
  await poll(async () => (await appState(page)).route === route, `role ${alias} did not open ${route}`);
  await moveMouseAway(page);
}

async function press(page, label) {
  await clickWidget(page, label);
  await moveMouseAway(page);
}

async function expectState(page, id) {
  await waitForText(page, fill(UI['ui.timeline.state'], 'state', cardState(id)));
}

test('demo: the direct-issue card from talent to province in one tab with the role switcher [S7.1] [S5.1.1] [S6.1.4]', async (t) => {
  const today = SEED.setup.as_of;
  const promised = TALENT.classes.find((c) => c.class === 'direct').promisedWorkingDays;
  const due = addWorkingDays(today, promised);
  // The data make the check meaningful: National Day falls inside the limit, so
  // counting weekdays alone would give an earlier date.
  let weekdays = today;
  for (let left = promised; left > 0;) {
    weekdays = addDays(weekdays, 1);
    const wd = new Date(`${weekdays}T00:00:00Z`).getUTCDay();
    if (wd !== 0 && wd !== 6) left -= 1;
  }
  assert.notEqual(due, weekdays, `the demo date ${today} should put a holiday inside the limit`);
  const name = '李清照';

  await withApp(t, { hash: '#/demo' }, async ({ app }) => {
    const { page } = app;
    await waitForText(page, fill(UI['ui.demo.today'], 'date', today));
    await saveScreenshot(page, 'demo-start');

    // 1. The talent: a new name typed through the input method, then the application.
    await switchRole(page, 'talent', '#/talent');
    await waitForText(page, UI['ui.talent.no_specialist']);
    await clickWidget(page, UI['ui.talent.name_hint']);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await nextFrames(page);
    await imeType(page, pinyinSteps('li qing zhao', name), name);
    await waitForText(page, (s) => s === name);
    await press(page, cmd('SubmitCardApplication'));
    await expectState(page, 'submitted_by_talent');
    await waitForText(page, fill(UI['ui.demo.done'], 'command', cmd('SubmitCardApplication')));
    await waitForText(page, UI['ui.timeline.clock_not_started']);
    await saveScreenshot(page, 'demo-talent-applied');

    // 2. The employer administrator sees the talent flagged and assigns a specialist.
    await switchRole(page, 'employer_admin', '#/employer');
    await waitForText(page, (s) => s === name);
    await waitForText(page, UI['ui.employer.no_specialist']);
    await press(page, fill(UI['ui.employer.assign_to'], 'name', '王专员'));
    await waitForText(page, fill(UI['ui.talent.specialist'], 'name', '王专员'));
    assert.ok(!(await visibleTexts(page)).includes(UI['ui.employer.no_specialist']), 'the talent is still flagged');
    await saveScreenshot(page, 'demo-employer-assigned');

    // 3. The employer specialist completes and submits to the county window.
    await switchRole(page, 'employer_specialist', '#/specialist');
    await expectState(page, 'specialist_assigned');
    await press(page, cmd('CompleteApplication'));
    await expectState(page, 'completed_by_employer');
    await press(page, cmd('SubmitToWindow'));
    await expectState(page, 'under_window_review');
    await saveScreenshot(page, 'demo-specialist-submitted');

    // 4. The county window: a return without a reason is refused in the user's
    // language; then approve and escalate.
    await switchRole(page, 'window_county', '#/window');
    await expectState(page, 'under_window_review');
    await press(page, cmd('ReturnForRevision'));
    const refusal = fill(WF['error.card.reasons_required'], 'detail', 'reasons');
    await waitForText(page, fill(UI['ui.demo.rejected'], 'reason', refusal));
    await expectState(page, 'under_window_review');
    await press(page, cmd('ApproveAtWindow'));
    await expectState(page, 'approved_at_window');
    await press(page, cmd('EscalateToUpperWindow'));
    await waitForText(page, UI['ui.window.empty']);
    await saveScreenshot(page, 'demo-county-escalated');

    // 5. The city window approves and escalates to the province; the clock starts.
    await switchRole(page, 'window_city', '#/window');
    await expectState(page, 'under_window_review');
    await press(page, cmd('ApproveAtWindow'));
    await expectState(page, 'approved_at_window');
    await press(page, cmd('EscalateToUpperWindow'));
    await waitForText(page, UI['ui.window.empty']);

    // The talent's timeline: with the province, since today, due on the working-day date.
    await switchRole(page, 'talent', '#/talent');
    await expectState(page, 'at_province');
    await waitForText(page, fill(UI['ui.timeline.due'], 'date', due));
    await waitForText(page, fill(UI['ui.timeline.days_left'], 'n', String(promised)));
    await waitForText(page, fill(UI['ui.timeline.since'], 'date', today));
    await saveScreenshot(page, 'demo-talent-timeline');

    // 6. The province's queue shows the row with its chip and due date; it issues the card.
    await switchRole(page, 'window_province', '#/window');
    await waitForText(page, (s) => s.startsWith(name));
    await waitForText(page, fill(UI['ui.timeline.due'], 'date', due));
    await waitForText(page, UI['ui.chip.on_time']);
    await saveScreenshot(page, 'demo-province-queue');
    await press(page, cmd('IssueCard'));
    await waitForText(page, UI['ui.window.empty']);

    // The talent sees the e-card.
    await switchRole(page, 'talent', '#/talent');
    await expectState(page, 'issued');
    await press(page, UI['ui.talent.view_card']);
    await poll(async () => (await appState(page)).route === '#/card', 'the e-card did not open');
    const className = TALENT.classes.find((c) => c.class === 'direct').nameZh;
    const until = addDays(`${Number(today.slice(0, 4)) + 5}${today.slice(4)}`, -1);
    const expected = [
      fill(UI['ui.card.number'], 'number', `SDHC-${today.slice(0, 4)}-000001`),
      fill(UI['ui.card.class'], 'class', className),
      fill(UI['ui.card.holder'], 'name', name),
      fill(fill(UI['ui.card.valid'], 'from', today), 'until', until),
    ];
    for (const s of expected) await waitForText(page, (x) => x === s);
    await saveScreenshot(page, 'demo-e-card');

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
