// A window's work beyond the card queue against the real server, one browser context
// per person, on one server and one browser.
// 1. The Lixia county window (lixia.window) sends A2 with concentrated complaints back
//    to the public security department; the department (dept.police) answers it on
//    its inbox and so does A2's agency under it (agency.exit) on its own; the window
//    sees both answers and closes the item.
// 2. The Jinan city window (jinan.window) creates a liaison event of A27 and invites
//    王芳 (T3, a card holder of its area); 王芳 (talent.t3) answers on a 390×844 phone:
//    she will attend, with a note; the window sees the answer.
// 3. The Lixia county window publishes its credential scheme; the administrator of E1
//    (e1.admin) applies for 陈刚 (T4) on #/employer/credentials; the window issues it
//    and the administrator sees the number. The Jinan city window then recommends
//    陈刚, who holds Jinan's credential in the demo data, for the card.
// 4. 陈刚 (talent.t4) then applies for the evaluation class on the basis of the city's
//    recommendation (S5.1.3 (4)); his specialist (e1.specialist) completes and submits
//    it, the Lixia and Jinan windows pass it up, and the province (prov.window) refers
//    it to the expert panel, records the panel's approval and issues the card, which
//    陈刚 then holds.
// 5. The province window shortens A2's time limit on the item's page with the reason
//    (S8.3); a talent (talent.t1) reading in English sees the item in force with the
//    adjustment's version, date and reason.
// The server and every browser clock start on one day, so the event's date is known.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { appState } from './lib/browser.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { assetsDir } from './lib/paths.mjs';
import { openPeople, syncNow } from './lib/people.mjs';
import { PHONE_CONTEXT, fitsPhone, phoneTapper } from './lib/phone.mjs';
import { press, reveal, seekText, typeInto } from './lib/scrolling.mjs';
import { describeDocuments } from './lib/evidence.mjs';
import { LANG_BUTTON } from './lib/labels.mjs';
import { imeType, moveMouseAway, poll, typeText, visibleTexts, waitForText } from './lib/widgets.mjs';
import { startServer } from './lib/server.mjs';
import { basisChoiceZh, basisLabelZh } from './lib/demo_flow.mjs';

const readJson = (...p) => JSON.parse(readFileSync(path.join(assetsDir(), ...p), 'utf8'));
const UI = readJson('i18n', 'ui.zh-CN.json');
const WF = readJson('i18n', 'workflow.zh-CN.json');
const LI = readJson('i18n', 'liaison.zh-CN.json');
const GC = readJson('i18n', 'green.zh-CN.json');
const SV = readJson('i18n', 'service.zh-CN.json');
const UI_EN = readJson('i18n', 'ui.en.json');
const AD_EN = readJson('i18n', 'adjust.en.json');
const AD = readJson('i18n', 'adjust.zh-CN.json');
const CATALOG = readJson('catalog.json');
const TALENT = readJson('talent.json');
const fill = (pattern, values) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, v), pattern);
const itemZh = (code) => `${code} ${CATALOG.items.find((i) => i.code === code).nameZh}`;
const departmentZh = (id) => CATALOG.departments.find((d) => d.id === id).nameZh;
const done = (name) => fill(UI['ui.demo.done'], { command: WF[`workflow.command.${name}`] });

const TODAY = '2026-11-02';
const EVENT_DAY = '2026-12-15'; // after the seeded EV1, so listed first (newest first)
const SUMMARY = '办理时间长';
const RESPONSE = '已增派人员';
const AGENCY_RESPONSE = 'Evening hours added';
const AGENCY_ZH = CATALOG.agencies.find((a) => a.id === 'sd_exit_entry').nameZh;
const EVENT = '人才座谈会';
const NOTE = 'OK';

// Presses `label` and waits for the notice that `name` applied, from wherever the
// screen was scrolled to.
async function command(page, label, name) {
  await press(page, label);
  await poll(async () => (await seekText(page, (s) => s === done(name))) !== undefined, `${name} not applied`, 15_000);
}

// Narrows a list to `name` through its filter field (`hint`), typed as committed IME text.
async function filterTo(page, hint, name) {
  await press(page, hint);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await imeType(page, [], name);
  await moveMouseAway(page);
  await waitForText(page, (s) => s === name);
}

// Opens `hash` in the page's app and waits for the route.
async function go(page, hash) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await poll(async () => (await appState(page)).route === hash, `no ${hash}`);
}

// Syncs until `pred` is drawn somewhere on the screen (scrolling to find it).
async function syncUntilSeen(page, pred, timeoutMs = 40_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = await seekText(page, pred);
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`never drawn after syncing: ${pred}`);
    await syncNow(page);
  }
}

let server;
let people;

// Runs a test's steps with the people of the shared browser (opened on first use);
// when a step fails, every person's screen is saved and the browser is closed, so
// the next test starts a new one.
async function withPeople(t, steps) {
  people ??= await openPeople(server, { today: TODAY });
  try {
    await steps();
    people.assertNoPageErrors();
  } catch (e) {
    await people.close(t.name);
    people = undefined;
    throw e;
  }
}
test.before(async () => {
  server = await startServer({ args: ['--today', TODAY] });
});
test.after(async () => {
  await people?.close();
  await server?.stop();
});

test('complaints: a window sends an item back to its department, the department answers, the window closes it [S8.1.2]',
  (t) => withPeople(t, async () => {
    const lixia = await people.page('lixia.window', '#/window');
    await press(lixia, LI['ui.complaint.nav']);
    await poll(async () => (await appState(lixia)).route === '#/window/complaints', 'no #/window/complaints');
    await typeInto(lixia, LI['ui.complaint.item_filter_hint'], 'A2');
    await press(lixia, itemZh('A2'));
    await press(lixia, departmentZh('sd_public_security'));
    await typeInto(lixia, LI['ui.complaint.count_hint'], 'x');
    await press(lixia, WF['workflow.command.FlagComplaintItem']);
    await waitForText(lixia, LI['ui.complaint.need_count']);
    await press(lixia, LI['ui.complaint.count_hint']);
    await lixia.keyboard.press('Backspace');
    await typeText(lixia, '5');
    await waitForText(lixia, (s) => s === '5');
    await typeInto(lixia, LI['ui.complaint.summary_hint'], SUMMARY, 'ban li shi jian chang');
    await command(lixia, WF['workflow.command.FlagComplaintItem'], 'FlagComplaintItem');
    const line = fill(LI['ui.complaint.summary_line'], { count: '5', text: SUMMARY });
    assert.ok(await seekText(lixia, (s) => s === line), 'the complaint is listed');
    await saveScreenshot(lixia, 'window-complaints-zh');

    const police = await people.page('dept.police', '#/department');
    await syncUntilSeen(police, (s) => s === line);
    await typeInto(police, LI['ui.complaint.response_hint'], RESPONSE, 'yi zeng pai ren yuan');
    await command(police, WF['workflow.command.RespondToComplaint'], 'RespondToComplaint');

    const exit = await people.page('agency.exit', '#/handling');
    await syncUntilSeen(exit, (s) => s === line);
    await typeInto(exit, LI['ui.complaint.response_hint'], AGENCY_RESPONSE);
    await command(exit, WF['workflow.command.RespondToComplaint'], 'RespondToComplaint');

    const answered = fill(LI['ui.complaint.response_line'], { text: RESPONSE });
    await syncUntilSeen(lixia, (s) => s.includes(answered));
    const agencyLine = fill(LI['ui.complaint.agency_line'], { agency: AGENCY_ZH, text: AGENCY_RESPONSE });
    await syncUntilSeen(lixia, (s) => s === agencyLine);
    await command(lixia, WF['workflow.command.CloseComplaint'], 'CloseComplaint');
    assert.ok(await seekText(lixia, (s) => s.startsWith(WF['workflow.complaint_state.closed']) && s.includes(answered)),
      'the item is closed with its answer');
  }));

test('liaison: a city window invites a card holder to an event, who answers on a 390×844 phone [S6.1.1] [A27]',
  (t) => withPeople(t, async () => {
    const jinan = await people.page('jinan.window', '#/window');
    await press(jinan, LI['ui.liaison.nav']);
    await poll(async () => (await appState(jinan)).route === '#/window/liaison', 'no #/window/liaison');
    await typeInto(jinan, LI['ui.liaison.title_hint'], EVENT, 'ren cai zuo tan hui');
    await press(jinan, itemZh('A27'));
    await typeInto(jinan, LI['ui.liaison.date_hint'], EVENT_DAY);
    await command(jinan, WF['workflow.command.CreateLiaisonEvent'], 'CreateLiaisonEvent');
    await command(jinan, fill(LI['ui.liaison.invite'], { name: '王芳' }), 'InviteTalent');
    assert.ok(await seekText(jinan, (s) => s === `王芳 · ${LI['ui.liaison.no_answer']}`), 'the invitation is listed');

    const { tap } = phoneTapper();
    const phone = await people.page('talent.t3', '#/talent', { context: PHONE_CONTEXT, press: tap });
    await syncUntilSeen(phone, (s) => s === `${EVENT_DAY} · ${EVENT}`);
    await tap(phone, await reveal(phone, LI['ui.liaison.note_hint']));
    await phone.keyboard.type(NOTE);
    await waitForText(phone, (s) => s === NOTE);
    await tap(phone, await reveal(phone, LI['ui.liaison.accept']));
    await poll(async () => (await seekText(phone, (s) => s === done('AnswerInvitation'))) !== undefined,
      'the answer was not applied', 15_000);
    assert.ok(await seekText(phone, (s) => s === `${LI['ui.liaison.accepted']} · ${NOTE}`), 'the answer is shown');
    await fitsPhone(phone, 'the talent with an invitation');
    await saveScreenshot(phone, 'talent-invitation-phone');

    await syncUntilSeen(jinan, (s) => s === `王芳 · ${LI['ui.liaison.accepted']} · ${NOTE}`);
    await saveScreenshot(jinan, 'window-liaison-zh');
    assert.ok((await visibleTexts(jinan)).length > 0);
  }));

test('green channel: a county credential published, applied for and issued; the city recommends a holder of its credential [S5.2] [S7.2] [S5.1.3]',
  (t) => withPeople(t, async () => {
    const lixia = await people.page('lixia.window', '#/window');
    await press(lixia, GC['ui.green.nav']);
    await poll(async () => (await appState(lixia)).route === '#/window/green-channel', 'no #/window/green-channel');
    await typeInto(lixia, GC['ui.green.name_hint'], '历下区人才卡', 'li xia qu ren cai ka');
    await typeInto(lixia, GC['ui.green.requirements_hint'], '区认定人才', 'qu ren ding ren cai');
    await typeInto(lixia, GC['ui.green.procedure_hint'], '单位申报', 'dan wei shen bao');
    await typeInto(lixia, GC['ui.green.days_hint'], '5');
    await typeInto(lixia, GC['ui.green.services_hint'], '区级体检', 'qu ji ti jian');
    await command(lixia, WF['workflow.command.PublishLocalCredentialScheme'], 'PublishLocalCredentialScheme');

    const admin = await people.page('e1.admin', '#/employer');
    await press(admin, GC['ui.green.employer_nav']);
    await poll(async () => (await appState(admin)).route === '#/employer/credentials', 'no #/employer/credentials');
    const applyFor = fill(GC['ui.green.apply_for'], { name: '陈刚' }); // only for the new scheme: he holds Jinan's
    for (const deadline = Date.now() + 40_000; !(await seekText(admin, '历下区人才卡'));) {
      if (Date.now() > deadline) throw new Error('the scheme never reached the employer');
      await syncNow(admin);
    }
    await command(admin, applyFor, 'ApplyLocalCredential');

    await syncUntilSeen(lixia, (s) => s === '陈刚 · 历下区人才卡');
    await command(lixia, WF['workflow.command.IssueLocalCredential'], 'IssueLocalCredential');
    const issued = `${WF['workflow.local_credential_state.issued']} ${TODAY} · ${fill(GC['ui.green.number'], { number: '370102-000001' })}`;
    assert.ok(await seekText(lixia, (s) => s === issued), 'the window sees the number');
    await syncUntilSeen(admin, (s) => s === issued);
    await saveScreenshot(admin, 'employer-credentials-zh');

    const jinan = await people.page('jinan.window', '#/window');
    await press(jinan, GC['ui.green.nav']);
    await poll(async () => (await appState(jinan)).route === '#/window/green-channel', 'no #/window/green-channel');
    await command(jinan, WF['workflow.command.RecommendForCard'], 'RecommendForCard');
    assert.ok(await seekText(jinan, (s) => s.startsWith(`${TODAY} · 陈刚 · ${GC['ui.green.recommended']}`)), 'the recommendation is listed');
    await saveScreenshot(jinan, 'window-green-channel-zh');
  }));

test('evaluation class: the talent the city recommended applies, the windows pass it up, the province refers it to the expert panel, records its approval and issues the card [S5.1.3] [S7.1] [S6.2.1]',
  (t) => withPeople(t, async () => {
    const state = (id) => fill(UI['ui.timeline.state'], { state: WF[`workflow.card_state.${id}`] });
    const talent = await people.page('talent.t4', '#/talent');
    await press(talent, UI['ui.talent.class']);
    await press(talent, TALENT.classes.find((c) => c.class === 'evaluation').nameZh);
    await press(talent, UI['ui.talent.basis']);
    await press(talent, basisChoiceZh('evaluation.4'));
    await command(talent, WF['workflow.command.SubmitCardApplication'], 'SubmitCardApplication');
    assert.ok(await seekText(talent, (s) => s === state('specialist_assigned')), 'with his specialist');

    const spec = await people.page('e1.specialist', '#/specialist');
    for (const deadline = Date.now() + 40_000; !(await seekText(spec, (s) => s.startsWith('陈刚 · ') && s.endsWith(basisLabelZh('evaluation.4'))));) {
      if (Date.now() > deadline) throw new Error('the application never reached the specialist');
      await syncNow(spec);
    }
    await filterTo(spec, SV['ui.service.filter_hint'], '陈刚');
    // The city's credential and its recommendation, each described as a paper document.
    await describeDocuments(spec, 'evaluation.4');
    await command(spec, WF['workflow.command.CompleteApplication'], 'CompleteApplication');
    await command(spec, WF['workflow.command.SubmitToWindow'], 'SubmitToWindow');

    for (const login of ['lixia.window', 'jinan.window']) {
      const w = await people.page(login, '#/window');
      await syncUntilSeen(w, (s) => s.startsWith('陈刚 · '));
      await filterTo(w, UI['ui.window.filter_hint'], '陈刚');
      await command(w, WF['workflow.command.ApproveAtWindow'], 'ApproveAtWindow');
      await command(w, WF['workflow.command.EscalateToUpperWindow'], 'EscalateToUpperWindow');
    }

    const prov = await people.page('prov.window', '#/window');
    await syncUntilSeen(prov, (s) => s.startsWith('陈刚 · '));
    await filterTo(prov, UI['ui.window.filter_hint'], '陈刚');
    await command(prov, WF['workflow.command.ReferToExpertPanel'], 'ReferToExpertPanel');
    assert.ok(await seekText(prov, (s) => s === state('expert_panel')), 'with the panel');
    await typeInto(prov, UI['ui.window.experts_hint'], 'Zhang Hua, Li Ming');
    await typeInto(prov, UI['ui.window.opinion_hint'], 'Approved');
    await command(prov, UI['ui.window.panel_approve'], 'RecordExpertPanelDecision');
    assert.ok(await seekText(prov, (s) => s === state('panel_approved')), 'approved by the panel');
    await command(prov, WF['workflow.command.IssueCard'], 'IssueCard');
    await saveScreenshot(prov, 'window-expert-panel-issued-zh');

    await syncUntilSeen(talent, (s) => s === state('issued'));
  }));

test('catalogue adjustment: the province window shortens A2 with a reason, a talent reads the item in force in English [S8.3] [A2]',
  (t) => withPeople(t, async () => {
    const prov = await people.page('prov.window', '#/window');
    await go(prov, '#/catalog/A2');
    await typeInto(prov, AD['ui.adjust.days_hint'], '10');
    await typeInto(prov, AD['ui.adjust.reason_hint'], 'Evaluation 2026');
    await command(prov, WF['workflow.command.AdjustCatalogItem'], 'AdjustCatalogItem');
    const version = (strings) => `${fill(strings['ui.adjust.version'], { n: '1', date: TODAY })} · ${fill(strings['ui.adjust.changed_days'], { n: '10' })}`;
    assert.ok(await seekText(prov, (s) => s === version(AD)), 'the window sees its adjustment');

    const talent = await people.page('talent.t1', '#/talent');
    await press(talent, LANG_BUTTON.en);
    await poll(async () => (await appState(talent)).lang === 'en', 'not in English');
    await go(talent, '#/catalog/A2');
    await syncUntilSeen(talent, (s) => s === version(AD_EN));
    assert.ok(await seekText(talent, (s) => s === fill(UI_EN['ui.days.n'], { n: '10' })), 'the limit in force');
    assert.ok(await seekText(talent, (s) => s === fill(AD_EN['ui.adjust.reason_line'], { reason: 'Evaluation 2026' })), 'the reason');
    await saveScreenshot(talent, 'item-adjusted-en');
    await press(talent, LANG_BUTTON['zh-CN']);
    await poll(async () => (await appState(talent)).lang === 'zh-CN', 'not back in Chinese');
  }));
