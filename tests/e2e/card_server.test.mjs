// The Huicai Card through the real server, one browser context per person (issue 5,
// scenarios 1 and 2). Each person signs in with a demo account; every step is a
// command applied in that person's browser, pushed by its sync pump and pulled by the
// next person. Scenario 1: direct issue from a talent whose name is typed in Chinese
// through input-method events, through the employer, the county, city and provincial
// windows, to the e-card, with the due date checked against a working-day count made
// here from assets/holidays.json (server and browsers on a pinned day). Scenario 2: review issue, returned for revision with
// a reason the employer specialist sees, resubmitted, the introduction contract
// confirmed at the county window, and issued at the province. Card 3 (S5.1): the
// card issued in card 1 is signed by the server; its QR code, decoded from the screen
// with zbarimg, is verified offline by a handling agency that cannot see the card
// (valid, with the signed facts), an altered code and the old unsigned format are
// refused with their reasons in both languages, and once the province revokes the
// card the agency's next sync carries the revocation list and the same code is refused.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withApp } from './lib/fixture.mjs';
import { appState } from './lib/browser.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { assetsDir } from './lib/paths.mjs';
import { press, reveal, waitForTextAnywhere } from './lib/scrolling.mjs';
import { openPeople, syncNow, syncUntil } from './lib/people.mjs';
import {
  CARD, CARD_EN, decodeQr, expectVerdict, payloadParts, unsignedPayload, verifyPayload, withPart,
} from './lib/card_qr.mjs';
import { describeDocuments } from './lib/evidence.mjs';
import { LANG_BUTTON } from './lib/labels.mjs';
import {
  clickWidget, findAllWidgets, findWidget, imeType, moveMouseAway, nextFrames, pinyinSteps, poll, typeText, visibleTexts,
  waitForText,
} from './lib/widgets.mjs';

const readJson = (...p) => JSON.parse(readFileSync(path.join(assetsDir(), ...p), 'utf8'));
const UI = readJson('i18n', 'ui.zh-CN.json');
const WF = readJson('i18n', 'workflow.zh-CN.json');
const HOLIDAYS = readJson('holidays.json').years;
const TALENT = readJson('talent.json');

const fill = (pattern, name, value) => pattern.replaceAll(`{${name}}`, value);
const cmd = (name) => WF[`workflow.command.${name}`];
const cardState = (id) => WF[`workflow.card_state.${id}`];

// The server runs on a pinned day (--today) and every browser clock is pinned to it, so
// the dates checked do not depend on when the test runs (the holiday data end in 2026).
const TODAY = '2026-11-02'; // a Monday
const localToday = () => TODAY;
const addDays = (s, n) => { const d = new Date(`${s}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); };
function isWorkingDay(day) {
  const y = HOLIDAYS[day.slice(0, 4)];
  assert.ok(y, `no holiday data for ${day}`);
  if (y.off.includes(day)) return false;
  if (y.work.includes(day)) return true;
  const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6;
}
function addWorkingDays(from, n) {
  let day = from;
  for (let left = n; left > 0;) { day = addDays(day, 1); if (isWorkingDay(day)) left -= 1; }
  return day;
}

const expectState = (page, id) => waitForTextAnywhere(page, fill(UI['ui.timeline.state'], 'state', cardState(id)));
const expectDone = (page, name) => waitForTextAnywhere(page, fill(UI['ui.demo.done'], 'command', cmd(name)));

// Narrows a window's queue to the rows of `name` (typed as committed IME text).
async function filterQueue(page, name) {
  await clickWidget(page, UI['ui.window.filter_hint']);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await imeType(page, [], name);
  await moveMouseAway(page);
  await waitForText(page, (s) => s.startsWith(`${name} · `));
}

// The talent types a new name through the input method and applies for `className`.
async function talentApplies(page, name, pinyin, className) {
  await clickWidget(page, UI['ui.talent.name_hint']);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await nextFrames(page);
  await imeType(page, pinyinSteps(pinyin, name), name);
  await waitForText(page, (s) => s === name);
  if (className) {
    await clickWidget(page, UI['ui.talent.class']);
    const [item] = await findAllWidgets(page, { label: className });
    assert.ok(item, `class ${className} is offered`);
    await clickWidget(page, item);
    await moveMouseAway(page);
  }
  await press(page, cmd('SubmitCardApplication'));
  await expectState(page, 'submitted_by_talent');
}

async function employerAssigns(people, name) {
  const admin = await people.person('e1.admin', '#/employer');
  await clickWidget(admin.page, UI['ui.employer.filter_hint']);
  await imeType(admin.page, [], name);
  await moveMouseAway(admin.page);
  await waitForText(admin.page, (s) => s === name);
  await waitForText(admin.page, UI['ui.employer.no_specialist']);
  await press(admin.page, fill(UI['ui.employer.assign_to'], 'name', '王专员'));
  await expectDone(admin.page, 'AssignSpecialist');
  await poll(async () => !(await visibleTexts(admin.page)).some((s) => s.includes(fill(UI['ui.status.pending'], 'n', '1'))),
    'the assignment was not sent', 15_000);
  return admin;
}

async function windowPasses(people, login, name, { escalateOnly = false } = {}) {
  const w = await people.person(login, '#/window');
  await filterQueue(w.page, name);
  if (!escalateOnly) {
    await press(w.page, cmd('ApproveAtWindow'));
    await expectState(w.page, 'approved_at_window');
  }
  await press(w.page, cmd('EscalateToUpperWindow'));
  await waitForText(w.page, UI['ui.window.empty']);
  return w;
}

test('card 1. direct issue through the real server, one browser per person, due date on the working-day calendar; card 3. its signed QR verified offline by an agency that cannot see it, altered, unsigned and revoked codes refused [S7.1] [S5.1.1] [S6.1.4] [S5.1]', async (t) => {
  const name = '李清照';
  await withApp(t, { open: false, serverArgs: ['--today', TODAY] }, async ({ server }) => {
    const people = await openPeople(server, { today: TODAY });
    let failed = true;
    try {
      const talent = await people.person('talent.t15', '#/talent');
      await talentApplies(talent.page, name, 'li qing zhao', null);
      await saveScreenshot(talent.page, 'server-talent-applied');

      await employerAssigns(people, name);
      const spec = await people.person('e1.specialist', '#/specialist');
      await waitForText(spec.page, (s) => s.startsWith(`· ${name}`));
      await describeDocuments(spec.page, 'direct.1');
      await press(spec.page, cmd('CompleteApplication'));
      await expectState(spec.page, 'completed_by_employer');
      await press(spec.page, cmd('SubmitToWindow'));
      await expectState(spec.page, 'under_window_review');

      await windowPasses(people, 'lixia.window', name);
      await windowPasses(people, 'jinan.window', name);
      const today = localToday();
      const promised = TALENT.classes.find((c) => c.class === 'direct').promisedWorkingDays;
      const due = addWorkingDays(today, promised);

      // The talent's timeline: with the province since today, due on the working-day date.
      await syncNow(talent.page);
      await expectState(talent.page, 'at_province');
      await waitForTextAnywhere(talent.page, fill(UI['ui.timeline.due'], 'date', due));
      await waitForText(talent.page, fill(UI['ui.timeline.since'], 'date', today));

      const prov = await people.person('prov.window', '#/window');
      await filterQueue(prov.page, name);
      await waitForTextAnywhere(prov.page, fill(UI['ui.timeline.due'], 'date', due));
      await waitForText(prov.page, UI['ui.chip.on_time']);
      await saveScreenshot(prov.page, 'server-province-queue');
      await press(prov.page, cmd('IssueCard'));
      await waitForText(prov.page, UI['ui.window.empty']);

      await syncNow(talent.page);
      await expectState(talent.page, 'issued');
      await press(talent.page, UI['ui.talent.view_card']);
      await poll(async () => (await appState(talent.page)).route === '#/card', 'the e-card did not open');
      await waitForText(talent.page, (s) => s === fill(UI['ui.card.holder'], 'name', name));
      const numberPrefix = fill(UI['ui.card.number'], 'number', '');
      const numberLine = await waitForText(talent.page, (s) => s.startsWith(fill(UI['ui.card.number'], 'number', `SDHC-${today.slice(0, 4)}-`)));
      const number = numberLine.slice(numberPrefix.length);
      await saveScreenshot(talent.page, 'server-e-card');

      // Card 3: the QR code carries the facts signed by the server's first key.
      await syncUntil(talent.page, (s) => s === CARD['ui.card.qr_hint']);
      const { payload } = await decodeQr(talent.page);
      const parts = payloadParts(payload);
      assert.deepEqual({ ...parts, signature: undefined },
        { prefix: 'HUICAI2', number, cls: 'direct', until: addDays(`${Number(today.slice(0, 4)) + 5}${today.slice(4)}`, -1),
          holder: '李**', key: 'k1', signature: undefined });
      assert.equal(Buffer.from(parts.signature, 'base64url').length, 64);

      // The exit-entry agency cannot see the card, yet its #/verify judges the code
      // offline from the synchronised public keys: valid, with the signed facts.
      const agency = await people.person('agency.exit', '#/handling');
      await agency.page.evaluate(() => { window.location.hash = '#/verify'; });
      await poll(async () => (await appState(agency.page)).route === '#/verify', 'the agency did not open #/verify');
      await waitForText(agency.page, CARD['ui.card.verify.title']);
      await syncNow(agency.page);
      await verifyPayload(agency.page, payload);
      await expectVerdict(agency.page, CARD, 'ui.card.verify.valid');
      await waitForText(agency.page, CARD['ui.card.verify.not_in_records']);
      // The line wraps within the panel: its first drawn line names the key.
      await waitForText(agency.page, (s) => s.length > 8 && fill(CARD['ui.card.verify.signed'], 'key', 'k1').startsWith(s) && s.includes('k1'));
      await waitForText(agency.page, fill(UI['ui.card.number'], 'number', number));
      await waitForText(agency.page, fill(UI['ui.card.holder'], 'name', '李**'));
      assert.ok(!(await visibleTexts(agency.page)).some((s) => s.includes(name)), 'the holder\'s full name is shown');
      await saveScreenshot(agency.page, 'server-verify-valid');

      // Altered facts and the old unsigned format are refused with their reasons.
      const altered = withPart(payload, 'holder', '王**');
      await verifyPayload(agency.page, altered);
      await expectVerdict(agency.page, CARD, 'ui.card.verify.not_valid', 'error.card_payload.tampered');
      await verifyPayload(agency.page, withPart(payload, 'key', 'k9'));
      await expectVerdict(agency.page, CARD, 'ui.card.verify.not_valid', 'error.card_payload.unknown_key');
      await verifyPayload(agency.page, unsignedPayload(payload));
      await expectVerdict(agency.page, CARD, 'ui.card.verify.not_valid', 'error.card_payload.unsigned');
      await saveScreenshot(agency.page, 'server-verify-unsigned');
      await clickWidget(agency.page, LANG_BUTTON.en);
      await moveMouseAway(agency.page);
      await poll(async () => (await appState(agency.page)).lang === 'en', 'the language did not switch to English');
      await verifyPayload(agency.page, altered, { table: CARD_EN });
      await expectVerdict(agency.page, CARD_EN, 'ui.card.verify.not_valid', 'error.card_payload.tampered');
      await verifyPayload(agency.page, payload, { table: CARD_EN });
      await expectVerdict(agency.page, CARD_EN, 'ui.card.verify.valid');

      // The province revokes the card on #/window/cards with the reason; once the
      // revocation is sent, the agency's next sync brings the list.
      await prov.page.evaluate(() => { window.location.hash = '#/window/cards'; });
      await poll(async () => (await appState(prov.page)).route === '#/window/cards', 'no #/window/cards');
      await clickWidget(prov.page, CARD['ui.cards.filter_hint']);
      await typeText(prov.page, number);
      await moveMouseAway(prov.page);
      await waitForText(prov.page, (s) => s.startsWith(`${number} · `));
      await clickWidget(prov.page, CARD['ui.cards.reason_hint']);
      await imeType(prov.page, [], '材料不实');
      await moveMouseAway(prov.page);
      await press(prov.page, cmd('RevokeCard'));
      await expectDone(prov.page, 'RevokeCard');
      await waitForText(prov.page, (s) => s.endsWith('材料不实'));
      await poll(async () => !(await visibleTexts(prov.page)).some((s) => s.includes(fill(UI['ui.status.pending'], 'n', '1'))),
        'the revocation was not sent', 15_000);
      await saveScreenshot(prov.page, 'server-window-cards-revoked');
      await clickWidget(agency.page, LANG_BUTTON['zh-CN']); // syncNow presses the Chinese label
      await moveMouseAway(agency.page);
      await poll(async () => (await appState(agency.page)).lang === 'zh-CN', 'the language did not switch to Chinese');
      await syncNow(agency.page);
      await clickWidget(agency.page, LANG_BUTTON.en);
      await moveMouseAway(agency.page);
      await poll(async () => (await appState(agency.page)).lang === 'en', 'the language did not switch to English');
      await verifyPayload(agency.page, payload, { table: CARD_EN });
      await expectVerdict(agency.page, CARD_EN, 'ui.card.verify.not_valid', 'error.card_payload.revoked');
      await saveScreenshot(agency.page, 'server-verify-revoked-en');
      people.assertNoPageErrors();
      failed = false;
    } finally {
      await people.close(failed ? t.name : undefined);
    }
  });
});

test('card 2. review issue: returned for revision with a reason, resubmitted, contract confirmed, issued [S5.1.2] [S7.1] [S7.2]', async (t) => {
  const name = '苏轼';
  const reason = '请补充引进合同';
  const reviewName = TALENT.classes.find((c) => c.class === 'review').nameZh;
  await withApp(t, { open: false, serverArgs: ['--today', TODAY] }, async ({ server }) => {
    const people = await openPeople(server, { today: TODAY });
    let failed = true;
    try {
      const talent = await people.person('talent.t16', '#/talent');
      await talentApplies(talent.page, name, 'su shi', reviewName);
      await employerAssigns(people, name);
      const spec = await people.person('e1.specialist', '#/specialist');
      await describeDocuments(spec.page, 'review.1');
      await press(spec.page, cmd('CompleteApplication'));
      await expectState(spec.page, 'completed_by_employer');
      await press(spec.page, cmd('SubmitToWindow'));
      await expectState(spec.page, 'under_window_review');

      // The county window returns it with a reason typed through the input method.
      const county = await people.person('lixia.window', '#/window');
      await filterQueue(county.page, name);
      await clickWidget(county.page, await reveal(county.page, UI['ui.window.reason_hint']));
      await imeType(county.page, pinyinSteps('qing bu chong', reason), reason);
      await press(county.page, cmd('ReturnForRevision'));
      await waitForText(county.page, UI['ui.window.empty']);

      // The specialist sees the return and its reason, and resubmits.
      await syncNow(spec.page);
      await expectState(spec.page, 'returned_for_revision');
      await waitForTextAnywhere(spec.page, (s) => s.includes(reason));
      await saveScreenshot(spec.page, 'server-specialist-returned');
      await press(spec.page, cmd('Resubmit'));
      await expectState(spec.page, 'under_window_review');

      // The county confirms the introduction contract, approves and escalates.
      await syncNow(county.page);
      await filterQueue(county.page, name);
      const contractDay = addDays(localToday(), -7);
      await clickWidget(county.page, await reveal(county.page, UI['ui.window.contract_date_hint']));
      await county.page.keyboard.press('Control+A');
      await typeText(county.page, contractDay);
      await press(county.page, cmd('ConfirmContract'));
      await waitForTextAnywhere(county.page, fill(UI['ui.window.contract_confirmed'], 'date', localToday()));
      await saveScreenshot(county.page, 'server-county-contract');
      await press(county.page, cmd('ApproveAtWindow'));
      await expectState(county.page, 'approved_at_window');
      await press(county.page, cmd('EscalateToUpperWindow'));
      await waitForText(county.page, UI['ui.window.empty']);

      await windowPasses(people, 'jinan.window', name);
      const today = localToday();
      const due = addWorkingDays(today, TALENT.classes.find((c) => c.class === 'review').promisedWorkingDays);
      const prov = await people.person('prov.window', '#/window');
      await filterQueue(prov.page, name);
      await waitForTextAnywhere(prov.page, fill(UI['ui.timeline.due'], 'date', due));
      await press(prov.page, cmd('IssueCard'));
      await waitForText(prov.page, UI['ui.window.empty']);

      await syncNow(talent.page);
      await expectState(talent.page, 'issued');
      people.assertNoPageErrors();
      failed = false;
    } finally {
      await people.close(failed ? t.name : undefined);
    }
  });
});
