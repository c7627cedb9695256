// The window queue draws the core's offers (core/offers.h), not its own reading of
// the application's state. In the server's demo data the provincial window
// (prov.window) holds two evaluation-class applications: CA-T14, approved by the expert panel, may only be issued (the
// queue used to offer Return and Reject too, which the core refused), and CA-T13,
// before the panel's decision, offers the decision and no issue. Checked on a desk in
// Chinese and on a phone in English; the whole screen is scanned from top to bottom,
// so a control that is not drawn is not merely scrolled out of view.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { NARROW_WIDTH, PHONE } from './lib/browser.mjs';
import { readJson } from './lib/demo_flow.mjs';
import { LANG_BUTTON } from './lib/labels.mjs';
import { signIn } from './lib/people.mjs';
import {
  clickWidget, findAllWidgets, findWidget, moveMouseAway, settled, typeText, waitForText, widgets, wheelAt,
} from './lib/widgets.mjs';

const LANGS = {
  'zh-CN': { ui: readJson('i18n', 'ui.zh-CN.json'), wf: readJson('i18n', 'workflow.zh-CN.json') },
  en: { ui: readJson('i18n', 'ui.en.json'), wf: readJson('i18n', 'workflow.en.json') },
};

// Every widget label drawn anywhere on the screen: from the top, a wheel step at a
// time, until the frames stop changing the labels seen.
async function labelsOnScreen(page) {
  const seen = new Set();
  await wheelAt(page, -10_000);
  let last = '';
  for (let i = 0; i < 24; i += 1) {
    const now = await widgets(page);
    for (const w of now) seen.add(w.label);
    const key = now.map((w) => `${w.label}@${Math.round(w.y)}`).join('|');
    if (key === last) break; // the bottom: a step moved nothing
    last = key;
    await wheelAt(page, 300);
  }
  await wheelAt(page, -10_000);
  return seen;
}

// Narrows the queue to the application `id` with the filter field: on a desk the only
// row left is selected and its offers drawn beside the list; on a phone the row is
// tapped and the application opens as a page of its own (left by its back button).
async function selectRow(page, ui, id) {
  await wheelAt(page, -10_000);
  const [back] = await findAllWidgets(page, { label: ui['ui.list.back'] });
  if (back) {
    await clickWidget(page, back);
    await moveMouseAway(page);
  }
  await clickWidget(page, ui['ui.window.filter_hint']);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await typeText(page, id);
  await moveMouseAway(page);
  await waitForText(page, id);
  if (page.viewportSize().width < NARROW_WIDTH) {
    await clickWidget(page, { contains: ` · ${id}` });
    await moveMouseAway(page);
    await findWidget(page, ui['ui.list.back']);
  }
  await settled(page);
}

async function provinceOffers(page, lang) {
  const { ui, wf } = LANGS[lang];
  const cmd = (name) => wf[`workflow.command.${name}`];
  await signIn(page, 'prov.window', '#/window');
  if (lang === 'en') await clickWidget(page, LANG_BUTTON.en);
  await waitForText(page, ui['ui.window.filter_hint']);

  await selectRow(page, ui, 'CA-T14');
  let seen = await labelsOnScreen(page);
  assert.ok(seen.has(cmd('IssueCard')), `${lang}: the panel-approved application offers the issue; drawn: ${[...seen].join(' | ')}`);
  for (const name of ['ReturnForRevision', 'RejectApplication', 'ApproveAtWindow', 'ReferToExpertPanel']) {
    assert.ok(!seen.has(cmd(name)), `${lang}: the panel-approved application offers no ${name}`);
  }

  await selectRow(page, ui, 'CA-T13');
  seen = await labelsOnScreen(page);
  assert.ok(seen.has(ui['ui.window.panel_approve']) && seen.has(ui['ui.window.panel_reject']),
    `${lang}: the application before the panel offers its decision`);
  for (const name of ['IssueCard', 'ReturnForRevision', 'RejectApplication']) {
    assert.ok(!seen.has(cmd(name)), `${lang}: the application before the panel offers no ${name}`);
  }
}

test('window offers (desk, zh): a panel-approved application offers only the issue, one before the panel only the decision [S7.1] [S5.1.3] [S6.2.1]', async (t) => {
  await withApp(t, { hash: '#/login', viewport: { width: 1280, height: 900 } }, async ({ app }) => {
    await provinceOffers(app.page, 'zh-CN');
  });
});

test('window offers (phone, en): a panel-approved application offers only the issue, one before the panel only the decision [S7.1] [S5.1.3] [S6.2.1]', async (t) => {
  // A phone's width, tall enough that the selected record's offers are drawn under
  // the window's links without scrolling.
  await withApp(t, { hash: '#/login', viewport: { width: PHONE.width, height: 1600 } }, async ({ app }) => {
    await provinceOffers(app.page, 'en');
  });
});
