// The demo's direct-issue Huicai Card walked in one tab with the role switcher, shared
// by the browser tests that run it against the server, on a static host and at a
// phone's size: the talent (name typed through input-method events) applies, the
// employer administrator assigns a specialist, the specialist completes and submits,
// the county window (after a return without a reason is refused) and the city window
// approve and escalate, the province issues, and the talent opens the e-card. The due
// date is checked against one computed here from assets/holidays.json. Controls are
// pressed with the mouse, or with touch taps when `tap` is set.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { appState, NARROW_WIDTH } from './browser.mjs';
import { saveScreenshot } from './artifacts.mjs';
import { describeDocuments } from './evidence.mjs';
import { assetsDir } from './paths.mjs';
import { reveal, waitForTextAnywhere } from './scrolling.mjs';
import {
  centre, clickWidget, findAllWidgets, findWidget, imeType, moveMouseAway, nextFrames, pinyinSteps, poll, settled,
  visibleTexts, waitForText,
} from './widgets.mjs';

export const readJson = (...p) => JSON.parse(readFileSync(path.join(assetsDir(), ...p), 'utf8'));
export const UI = readJson('i18n', 'ui.zh-CN.json');
export const WF = readJson('i18n', 'workflow.zh-CN.json');
export const SEED = readJson('demo', 'seed.json');
export const HOLIDAYS = readJson('holidays.json').years;
export const TALENT = readJson('talent.json');
export const CATALOG = readJson('catalog.json');

// A basis as the app offers it in Chinese ("（2）入选…") and as a record's line names
// it ("直接颁发类（2）"): its number and text, never its id.
export const basisOf = (id) => TALENT.bases.find((b) => b.id === id);
export const basisChoiceZh = (id) => `（${basisOf(id).number}）${basisOf(id).textZh}`;
export const basisLabelZh = (id) => `${TALENT.classes.find((c) => c.class === basisOf(id).class).nameZh}（${basisOf(id).number}）`;
export const fill = (pattern, name, value) => pattern.replaceAll(`{${name}}`, value);
export const cmd = (name) => WF[`workflow.command.${name}`];
export const cardState = (id) => WF[`workflow.card_state.${id}`];

// ISO date arithmetic in UTC, independent of the app.
const iso = (d) => d.toISOString().slice(0, 10);
export const addDays = (s, n) => { const d = new Date(`${s}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
function isWorkingDay(day) {
  const y = HOLIDAYS[day.slice(0, 4)];
  assert.ok(y, `no holiday data for ${day}`);
  if (y.off.includes(day)) return false;
  if (y.work.includes(day)) return true;
  const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6;
}
// The n-th working day after `from` (S7.1: the limit counts working days after arrival).
export function addWorkingDays(from, n) {
  let day = from;
  for (let left = n; left > 0;) { day = addDays(day, 1); if (isWorkingDay(day)) left -= 1; }
  return day;
}

// The demo's date, the direct class's promised working days and the due date; the
// data put a holiday inside the limit, so counting weekdays alone would differ.
export function directIssueDue() {
  const today = SEED.setup.as_of;
  const promised = TALENT.classes.find((c) => c.class === 'direct').promisedWorkingDays;
  const due = addWorkingDays(today, promised);
  let weekdays = today;
  for (let left = promised; left > 0;) {
    weekdays = addDays(weekdays, 1);
    const wd = new Date(`${weekdays}T00:00:00Z`).getUTCDay();
    if (wd !== 0 && wd !== 6) left -= 1;
  }
  assert.notEqual(due, weekdays, `the demo date ${today} should put a holiday inside the limit`);
  return { today, promised, due };
}

// A touch tap at a widget's centre (the context needs hasTouch), then a frame.
export async function tapWidget(page, widgetOrQuery) {
  const w = widgetOrQuery && typeof widgetOrQuery === 'object' && 'w' in widgetOrQuery
    ? widgetOrQuery : await findWidget(page, widgetOrQuery);
  const c = centre(w);
  await page.touchscreen.tap(c.x, c.y);
  await nextFrames(page);
  await nextFrames(page);
  return w;
}

// Presses a control by label, or a widget found earlier, with the mouse or a tap; a
// control found at the foot of the screen (perhaps cut off) is scrolled into view first, as a
// person would. onPress(widget) is told of every control pressed.
export async function press(page, labelOrWidget, { tap = false, onPress } = {}) {
  const given = labelOrWidget && typeof labelOrWidget === 'object' && 'w' in labelOrWidget;
  // Out of view or at the foot of the screen: scrolled to the middle first, as a person would.
  const query = typeof labelOrWidget === 'string' ? { label: labelOrWidget } : labelOrWidget;
  if (!given) await settled(page);
  let target = given ? labelOrWidget : (await findAllWidgets(page, query))[0];
  if (!given && (!target || target.y + target.h > page.viewportSize().height * 0.85)) target = await reveal(page, labelOrWidget);
  let w;
  if (tap) {
    w = await tapWidget(page, target);
  } else {
    w = await clickWidget(page, target);
    await moveMouseAway(page);
  }
  if (onPress) await onPress(w);
  return w;
}

export async function switchRole(page, alias, route, { tap = false, onPress } = {}) {
  await press(page, UI['ui.demo.switch_role'], { tap, onPress });
  const label = UI[`ui.demo.role.${alias}`];
  await findWidget(page, label);
  const [item] = await findAllWidgets(page, { label }); // the open list sits under the switcher, above the page
  await press(page, item, { tap, onPress });
  await poll(async () => (await appState(page)).route === route, `role ${alias} did not open ${route}`);
  if (!tap) await moveMouseAway(page);
}

// On a phone a queue's record is a page of its own: taps the row matching `query`
// (a widget query). On a desk the most urgent record already shows beside the list.
export async function openRow(page, query, opt = {}) {
  if (page.viewportSize().width >= NARROW_WIDTH) return;
  await settled(page); // a screen just opened may still move (its foot band, its scroll)
  await press(page, await findWidget(page, query), opt);
}

export async function expectState(page, id) {
  await waitForTextAnywhere(page, fill(UI['ui.timeline.state'], 'state', cardState(id)));
}

// Walks the card from the talent to the province and opens the talent's e-card.
// Options: name and pinyin of the talent's new name, tap (touch instead of mouse),
// prefix of the screenshots ("demo" → demo-talent-applied.png, …), and check(page,
// step), called on every screen reached, for what a caller checks everywhere;
// onPress(widget) is told of every control pressed.
// Resolves to {today, promised, due, name, cardNumber, expected} where expected are
// the e-card's lines as the app must show them.
export async function walkDirectIssue(page, { name = '李清照', pinyin = 'li qing zhao', tap = false, prefix = 'demo',
  check = async () => {}, onPress } = {}) {
  const { today, promised, due } = directIssueDue();
  const opt = { tap, onPress };
  await waitForText(page, fill(UI['ui.demo.today'], 'date', today));
  await check(page, 'start');
  await saveScreenshot(page, `${prefix}-start`);

  // 1. The talent: a new name typed through the input method, then the application.
  await switchRole(page, 'talent', '#/talent', opt);
  await waitForText(page, UI['ui.talent.no_specialist']);
  await press(page, UI['ui.talent.name_hint'], opt);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await nextFrames(page);
  await imeType(page, pinyinSteps(pinyin, name), name);
  await waitForText(page, (s) => s === name);
  // The selection notice described by the talent; the nomination left to the specialist.
  await describeDocuments(page, 'direct.1', { only: ['selection_notice'], press: (p, w) => press(p, w, opt) });
  await check(page, 'talent');
  await press(page, cmd('SubmitCardApplication'), opt);
  await expectState(page, 'submitted_by_talent');
  await waitForText(page, fill(UI['ui.demo.done'], 'command', cmd('SubmitCardApplication')));
  await waitForText(page, UI['ui.timeline.clock_not_started']);
  await saveScreenshot(page, `${prefix}-talent-applied`);

  // 2. The employer administrator sees the talent flagged and assigns a specialist.
  await switchRole(page, 'employer_admin', '#/employer', opt);
  await waitForText(page, (s) => s === name);
  await waitForText(page, UI['ui.employer.no_specialist']);
  await check(page, 'employer');
  await openRow(page, { label: name }, opt);
  await press(page, fill(UI['ui.employer.assign_to'], 'name', '王专员'), opt);
  await waitForText(page, fill(UI['ui.talent.specialist'], 'name', '王专员'));
  assert.ok(!(await visibleTexts(page)).includes(UI['ui.employer.no_specialist']), 'the talent is still flagged');
  await saveScreenshot(page, `${prefix}-employer-assigned`);

  // 3. The employer specialist completes and submits to the county window.
  await switchRole(page, 'employer_specialist', '#/specialist', opt);
  await expectState(page, 'specialist_assigned');
  await describeDocuments(page, 'direct.1', { only: ['employer_nomination'], press: (p, w) => press(p, w, opt) });
  await check(page, 'specialist');
  await press(page, cmd('CompleteApplication'), opt);
  await expectState(page, 'completed_by_employer');
  await press(page, cmd('SubmitToWindow'), opt);
  await expectState(page, 'under_window_review');
  await saveScreenshot(page, `${prefix}-specialist-submitted`);

  // 4. The county window: a return without a reason is refused in the user's
  // language; then approve and escalate.
  await switchRole(page, 'window_county', '#/window', opt);
  await openRow(page, { contains: `${name} · ` }, opt);
  await expectState(page, 'under_window_review');
  await check(page, 'window_county');
  await press(page, cmd('ReturnForRevision'), opt);
  const refusal = fill(WF['error.card.reasons_required'], 'detail', 'reasons');
  await waitForTextAnywhere(page, fill(UI['ui.demo.rejected'], 'reason', refusal));
  await expectState(page, 'under_window_review');
  await press(page, cmd('ApproveAtWindow'), opt);
  await expectState(page, 'approved_at_window');
  await press(page, cmd('EscalateToUpperWindow'), opt);
  await waitForText(page, UI['ui.window.empty']);
  await saveScreenshot(page, `${prefix}-county-escalated`);

  // 5. The city window approves and escalates to the province; the clock starts.
  await switchRole(page, 'window_city', '#/window', opt);
  await openRow(page, { contains: `${name} · ` }, opt);
  await expectState(page, 'under_window_review');
  await press(page, cmd('ApproveAtWindow'), opt);
  await expectState(page, 'approved_at_window');
  await press(page, cmd('EscalateToUpperWindow'), opt);
  await waitForText(page, UI['ui.window.empty']);

  // The talent's timeline: with the province, since today, due on the working-day date.
  await switchRole(page, 'talent', '#/talent', opt);
  await expectState(page, 'at_province');
  await waitForTextAnywhere(page, fill(UI['ui.timeline.due'], 'date', due));
  await waitForText(page, fill(UI['ui.timeline.days_left'], 'n', String(promised)));
  await waitForText(page, fill(UI['ui.timeline.since'], 'date', today));
  await check(page, 'timeline');
  await saveScreenshot(page, `${prefix}-talent-timeline`);

  // 6. The province's queue shows the row with its chip and due date; it issues the card.
  await switchRole(page, 'window_province', '#/window', opt);
  await waitForText(page, (s) => s.startsWith(name));
  await waitForText(page, UI['ui.chip.on_time']);
  await saveScreenshot(page, `${prefix}-province-queue`);
  await openRow(page, { contains: `${name} · ` }, opt);
  await waitForTextAnywhere(page, fill(UI['ui.timeline.due'], 'date', due));
  await check(page, 'window_province');
  await press(page, cmd('IssueCard'), opt);
  await waitForText(page, UI['ui.window.empty']);

  // The talent's home shows the services the card opens: a tile opens its item, and
  // back returns home.
  await switchRole(page, 'talent', '#/talent', opt);
  await expectState(page, 'issued');
  const [firstItem] = CATALOG.items;
  await reveal(page, firstItem.nameZh);
  await saveScreenshot(page, `${prefix}-talent-services`);
  await press(page, firstItem.nameZh, opt);
  await poll(async () => (await appState(page)).route === `#/catalog/${firstItem.code}`, 'the service tile did not open its item');
  await check(page, 'item');
  await page.goBack();
  await poll(async () => (await appState(page)).route === '#/talent', 'back did not return to the talent\'s home');

  // The talent sees the e-card.
  await expectState(page, 'issued');
  await press(page, UI['ui.talent.view_card'], opt);
  await poll(async () => (await appState(page)).route === '#/card', 'the e-card did not open');
  const className = TALENT.classes.find((c) => c.class === 'direct').nameZh;
  const until = addDays(`${Number(today.slice(0, 4)) + 5}${today.slice(4)}`, -1);
  const cardNumber = `SDHC-${today.slice(0, 4)}-000001`;
  const expected = [
    fill(UI['ui.card.number'], 'number', cardNumber),
    fill(UI['ui.card.class'], 'class', className),
    fill(UI['ui.card.holder'], 'name', name),
    fill(fill(UI['ui.card.valid'], 'from', today), 'until', until),
  ];
  for (const s of expected) await waitForText(page, (x) => x === s);
  await check(page, 'card');
  await saveScreenshot(page, `${prefix}-e-card`);
  return { today, promised, due, name, cardNumber, until, expected };
}
