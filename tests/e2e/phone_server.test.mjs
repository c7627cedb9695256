// Scenario 5 of the role workspaces (issue 5) against the real server: the direct-issue
// card of scenario 1 with the talent on a phone (390×844, three device pixels per CSS
// pixel, touch, zh-CN) who does everything by touch taps: signs in, types a new name in
// Chinese through input-method events, chooses the class and the basis, applies,
// follows the timeline and opens the e-card, whose QR code is captured from the screen
// and decoded with zbarimg: the payload the server signed (HUICAI2, key k1). The
// employer administrator, the employer specialist and the county, city and provincial
// windows act in desk contexts, one per person. Every
// control the talent taps lies inside the viewport, and every control on the talent's
// screens fits its width. The server runs on a pinned working day (--today) and every
// browser clock is pinned to it, so the due date is checked against a working-day
// count made here from assets/holidays.json.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { appState } from './lib/browser.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { addDays, addWorkingDays, basisChoiceZh, basisLabelZh, cardState, cmd, fill, TALENT, UI } from './lib/demo_flow.mjs';
import { decodeQr, payloadParts } from './lib/card_qr.mjs';
import { describeDocuments } from './lib/evidence.mjs';
import { press, reveal, waitForTextAnywhere } from './lib/scrolling.mjs';
import { openPeople, syncNow } from './lib/people.mjs';
import { fitsPhone, PHONE_CONTEXT, phoneTapper } from './lib/phone.mjs';
import {
  clickWidget, findAllWidgets, findWidget, imeType, moveMouseAway, nextFrames, pinyinSteps, poll, settled,
  visibleTexts, waitForText,
} from './lib/widgets.mjs';

const TODAY = '2026-11-02'; // a Monday
const DIRECT = TALENT.classes.find((c) => c.class === 'direct');
const BASIS = TALENT.bases.find((b) => b.id === 'direct.2');

const expectState = (page, id) => waitForTextAnywhere(page, fill(UI['ui.timeline.state'], 'state', cardState(id)));
const expectDone = (page, name) => waitForTextAnywhere(page, fill(UI['ui.demo.done'], 'command', cmd(name)));

// Narrows a desk window's queue to the rows of `name`.
async function filterQueue(page, name) {
  await clickWidget(page, UI['ui.window.filter_hint']);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await imeType(page, [], name);
  await moveMouseAway(page);
  await waitForText(page, (s) => s.startsWith(`${name} · `));
}

// The phone's Sync now, tapped, then idle again: as long as a round may take on a busy
// machine (a round started in the background right after keeps the button hidden too).
async function tapSync(tap, page) {
  await findWidget(page, UI['ui.outbox.sync_now'], { timeoutMs: 60_000 }); // a round under way ends first
  await tap(page, UI['ui.outbox.sync_now']);
  await findWidget(page, UI['ui.outbox.sync_now'], { timeoutMs: 60_000 }).catch(async (e) => {
    throw new Error(`${e.message}; sync ${JSON.stringify(await page.evaluate(() => window.huicai.sync()))}; ` +
      `storage ${JSON.stringify(await page.evaluate(() => [window.huicai.storage(), window.huicai.database()]))}`);
  });
}

// Taps a combo open and taps the entry whose label satisfies `pick`.
async function choose(tap, page, comboLabel, pick, what) {
  await tap(page, comboLabel);
  await settled(page);
  const entry = (await findAllWidgets(page, {})).find((w) => w.label !== comboLabel && pick(w.label));
  assert.ok(entry, `${what} is not offered`);
  await tap(page, entry);
  await settled(page);
}

test('phone 5. direct issue through the real server with the talent on a 390×844 touch phone [S7.1] [S5.1] [S5.1.1] [S6.1.4]', async (t) => {
  const name = '王羲之';
  await withApp(t, { open: false, serverArgs: ['--today', TODAY] }, async ({ server }) => {
    const people = await openPeople(server, { today: TODAY });
    const { tap, tapped } = phoneTapper();
    let failed = true;
    try {
      // The talent signs in on the phone by taps.
      const talent = await people.person('talent.t15', '#/talent', { context: PHONE_CONTEXT, press: tap });
      const phone = talent.page;
      assert.deepEqual(phone.viewportSize(), PHONE_CONTEXT.viewport);
      assert.equal(await phone.evaluate(() => window.devicePixelRatio), 3);
      assert.equal(await phone.evaluate(() => navigator.maxTouchPoints > 0), true, 'no touch screen');
      await waitForText(phone, UI['ui.talent.no_specialist']);
      await fitsPhone(phone, 'the talent screen');

      // A new name typed through the input method; the class and the basis chosen by taps.
      await tap(phone, UI['ui.talent.name_hint']);
      await phone.keyboard.press('Control+A');
      await phone.keyboard.press('Backspace');
      await nextFrames(phone);
      await imeType(phone, pinyinSteps('wang xi zhi', name), name);
      await waitForText(phone, (s) => s === name);
      await choose(tap, phone, UI['ui.talent.class'], (l) => l === DIRECT.nameZh, `class ${DIRECT.nameZh}`);
      await choose(tap, phone, UI['ui.talent.basis'], (l) => l === basisChoiceZh(BASIS.id), `basis ${BASIS.id}`);
      // The basis chosen asks for each of its documents: the talent describes the paper one with taps.
      await describeDocuments(phone, BASIS.id, { press: tap });
      await fitsPhone(phone, 'the application form');
      await saveScreenshot(phone, 'phone-server-talent-form');
      await tap(phone, await reveal(phone, cmd('SubmitCardApplication')));
      await expectState(phone, 'submitted_by_talent');
      await waitForText(phone, UI['ui.timeline.clock_not_started']);
      await fitsPhone(phone, 'the submitted application');
      await saveScreenshot(phone, 'phone-server-talent-applied');

      // The employer administrator assigns a specialist (desk).
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

      // The employer specialist sees the class and basis the talent chose, completes and submits.
      const spec = await people.person('e1.specialist', '#/specialist');
      await waitForText(spec.page, (s) => s.includes(name) && s.endsWith(basisLabelZh(BASIS.id)), { timeoutMs: 15_000 });
      await press(spec.page, cmd('CompleteApplication'));
      await expectState(spec.page, 'completed_by_employer');
      await press(spec.page, cmd('SubmitToWindow'));
      await expectState(spec.page, 'under_window_review');

      // The county window approves and escalates; the city window too.
      for (const login of ['lixia.window', 'jinan.window']) {
        const w = await people.person(login, '#/window');
        await filterQueue(w.page, name);
        await press(w.page, cmd('ApproveAtWindow'));
        await expectState(w.page, 'approved_at_window');
        await press(w.page, cmd('EscalateToUpperWindow'));
        await waitForText(w.page, UI['ui.window.empty']);
      }

      // The talent's timeline on the phone: with the province since today, due on the
      // working-day date (a weekend inside the limit), the promised days left.
      const due = addWorkingDays(TODAY, DIRECT.promisedWorkingDays);
      assert.notEqual(due, addDays(TODAY, DIRECT.promisedWorkingDays), 'the limit should span a weekend');
      await tapSync(tap, phone);
      await expectState(phone, 'at_province');
      await waitForTextAnywhere(phone, fill(UI['ui.timeline.due'], 'date', due));
      await waitForText(phone, fill(UI['ui.timeline.since'], 'date', TODAY));
      await waitForTextAnywhere(phone, fill(UI['ui.timeline.days_left'], 'n', String(DIRECT.promisedWorkingDays)));
      await fitsPhone(phone, 'the timeline');
      await saveScreenshot(phone, 'phone-server-talent-timeline');

      // The province sees the same due date and issues the card.
      const prov = await people.person('prov.window', '#/window');
      await filterQueue(prov.page, name);
      await waitForTextAnywhere(prov.page, fill(UI['ui.timeline.due'], 'date', due));
      await waitForText(prov.page, UI['ui.chip.on_time']);
      await press(prov.page, cmd('IssueCard'));
      await waitForText(prov.page, UI['ui.window.empty']);

      // The talent opens the e-card by a tap; its QR code decodes to the card shown.
      await tapSync(tap, phone);
      await expectState(phone, 'issued');
      await tap(phone, await reveal(phone, UI['ui.talent.view_card']));
      await poll(async () => (await appState(phone)).route === '#/card', 'the e-card did not open');
      const until = addDays('2031-11-02', -1);
      await waitForText(phone, (s) => s === fill(UI['ui.card.holder'], 'name', name));
      await waitForText(phone, (s) => s === fill(UI['ui.card.class'], 'class', DIRECT.nameZh));
      await waitForText(phone, (s) => s === fill(fill(UI['ui.card.valid'], 'from', TODAY), 'until', until));
      const numberPrefix = fill(UI['ui.card.number'], 'number', 'SDHC-2026-');
      const numberLine = await waitForText(phone, (s) => s.startsWith(numberPrefix));
      const number = numberLine.slice(numberPrefix.length - 'SDHC-2026-'.length);
      assert.match(number, /^SDHC-2026-\d{6}$/);
      await fitsPhone(phone, 'the e-card');
      const { payload } = await decodeQr(phone);
      // Signed by the server with its first key, over the masked holder too.
      const masked = [...name].map((c, i) => (i === 0 ? c : '*')).join('');
      assert.deepEqual(payloadParts(payload),
        { ...payloadParts(payload), prefix: 'HUICAI2', number, cls: 'direct', until, holder: masked, key: 'k1' });
      assert.equal(Buffer.from(payloadParts(payload).signature, 'base64url').length, 64);
      await saveScreenshot(phone, 'phone-server-e-card');

      assert.ok(tapped.length >= 10, `only ${tapped.length} taps`);
      people.assertNoPageErrors();
      failed = false;
    } finally {
      await people.close(failed ? t.name : undefined);
    }
  });
});
