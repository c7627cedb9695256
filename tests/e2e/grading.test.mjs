// Evaluation and grading against the real server, one browser context per person
// (issue 5): the administrator of employer E1 (e1.admin) is refused a grade before the
// year has an assessment plan, sets the plan (typed in Chinese through input-method
// events), is refused a grade without evidence, then grades the specialist 王专员
// excellent with two lines of evidence and sees the grade listed; the Lixia county
// window (lixia.window, whose area holds E1) is refused an evaluation without
// findings, then records an unannounced check of E1 and its specialist with the
// talents' rating and a correction required, sees it listed, and commends the
// excellent specialist; the administrator sees the correction notice, reports what
// was corrected, and sees the commendation; the window sees the correction. The
// server and every browser clock are pinned to one day, so the year graded is known.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, DESKTOP, PHONE, appState, openApp } from './lib/browser.mjs';
import { saveFailureScreenshots, saveScreenshot } from './lib/artifacts.mjs';
import { assetsDir } from './lib/paths.mjs';
import { signIn, syncNow } from './lib/people.mjs';
import { waitForTextAnywhere } from './lib/scrolling.mjs';
import { startServer } from './lib/server.mjs';
import {
  clickWidget, findAllWidgets, findWidget, imeType, moveMouseAway, pinyinSteps, poll, settled, visibleTexts, waitForText, wheelAt, widgets,
} from './lib/widgets.mjs';

const readJson = (...p) => JSON.parse(readFileSync(path.join(assetsDir(), ...p), 'utf8'));
const UI = readJson('i18n', 'ui.zh-CN.json');
const WF = readJson('i18n', 'workflow.zh-CN.json');
const GR = readJson('i18n', 'grading.zh-CN.json');
const GR_EN = readJson('i18n', 'grading.en.json');
const fill = (pattern, values) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, v), pattern);

const TODAY = '2026-11-02';
const YEAR = TODAY.slice(0, 4);
const SPECIALIST = '王专员'; // S1 of E1 in assets/demo_seed.json
const EMPLOYER = '济南某研究院'; // E1, registered at 370102 (Lixia)
const PLAN = '按季度走访人才并听取意见';
const EVIDENCE1 = '济南日报报道其服务事迹';
const EVIDENCE2 = '人才评价满意';
const FINDINGS = '未及时回访人才';
const CORRECTION = '已建立回访台账';
const COMMEND = '服务优秀予以表扬';

const done = (name) => fill(UI['ui.demo.done'], { command: WF[`workflow.command.${name}`] });

// The widget `query` finds, scrolling the content to it when it is out of view: from
// where it is, then from the top down.
async function reveal(page, query) {
  const q = typeof query === 'string' ? { label: query } : query;
  const look = async () => { await settled(page); return (await findAllWidgets(page, q))[0]; };
  let w = await look();
  for (let i = 0; !w && i < 24; i += 1) {
    if (i === 8) await scrollContent(page, -10_000);
    else await scrollContent(page, 200);
    w = await look();
  }
  if (!w) return findWidget(page, q);
  // Bring it to the middle, so that what is drawn under it (a message) is in view too.
  const { height } = page.viewportSize();
  if (w.y > height * 0.6) {
    await scrollContent(page, Math.round(w.y - height / 2));
    w = (await look()) ?? w;
  }
  return w;
}

async function press(page, query) {
  await clickWidget(page, await reveal(page, query));
  await moveMouseAway(page);
}

// Presses `query` and waits for the notice at the top of the screen that `name` is done.
async function command(page, query, name) {
  await press(page, query);
  await scrollContent(page, -10_000);
  await waitForText(page, done(name), { timeoutMs: 10_000 });
}

// Clicks a field (by its hint, or a query) and types `text` through the input method.
async function imeField(page, query, pinyin, text) {
  await clickWidget(page, await reveal(page, query));
  await imeType(page, pinyinSteps(pinyin, text), text);
  await waitForText(page, (s) => s === text);
}

// Scrolls the content by `dy` pixels with the mouse wheel (a large value: to an end).
async function scrollContent(page, dy) {
  await wheelAt(page, dy, { x: DESKTOP.width / 2, y: DESKTOP.height / 2 });
  await moveMouseAway(page);
}

// Syncs (the role bar's button) until some drawn text satisfies `pred`, looking at
// the top and the bottom of the screen each time; stays where it was found.
async function syncUntil(page, pred, timeoutMs = 30_000) {
  const ok = typeof pred === 'string' ? (s) => s.includes(pred) : pred;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await visibleTexts(page)).some(ok)) return;
    await scrollContent(page, 10_000);
    if ((await visibleTexts(page)).some(ok)) return;
    await scrollContent(page, -10_000);
    if (Date.now() > deadline) {
      throw new Error(`never drawn after syncing: ${pred}; texts: ${JSON.stringify((await visibleTexts(page)).slice(0, 60))}`);
    }
    await syncNow(page);
  }
}

// Waits until the outbox has nothing pending (the status line's count is gone).
async function sent(page) {
  await poll(async () => !(await visibleTexts(page)).some((s) => s.includes(fill(UI['ui.status.pending'], { n: '1' }))),
    'the command was not sent', 15_000);
}

// At a phone's width every control of the screen lies inside the viewport; a
// screenshot "<name>-phone"; back to the desk size.
async function fitsPhone(page, name) {
  await page.setViewportSize(PHONE);
  await settled(page);
  // The app lays the screen out again for the new width within a few frames: wait for
  // a frame in which nothing lies outside, and report what still does if none comes.
  const outside = async () => (await widgets(page)).filter((w) => w.x < 0 || w.x + w.w > PHONE.width + 1).map((w) => w.label);
  await poll(async () => (await outside()).length === 0, async () =>
    `${name}: controls outside a 390 px viewport: ${JSON.stringify(await outside())}`, 10_000);
  await settled(page);
  assert.deepEqual(await outside(), [], `${name}: controls outside a 390 px viewport`);
  await saveScreenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
  await settled(page);
}

// Screenshots of the screen in zh and en; `title` is the screen's heading key.
async function screenshots(page, name, title) {
  await saveScreenshot(page, `${name}-zh`);
  await press(page, 'English');
  await waitForTextAnywhere(page, (s) => s === GR_EN[title]); // from the top: the heading
  await saveScreenshot(page, `${name}-en`);
  await press(page, '中文');
  await waitForTextAnywhere(page, (s) => s === GR[title]);
}

test('grading: the unit grades its specialist with evidence under a plan; a window evaluates the unit, requires a correction and commends; the unit reports the correction [S8.1.1] [S8.1.2] [S8.2.1] [S8.2.2] [S8.3]',
  async (t) => {
  const server = await startServer({ args: ['--today', TODAY] });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const people = [];
  const person = async (login, route) => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    await context.clock.setFixedTime(new Date(`${TODAY}T04:00:00Z`));
    const app = await openApp(context, server.url, { hash: '#/login' });
    people.push([login, context, app]);
    await signIn(app.page, login, route);
    return app.page;
  };
  let failed = true;
  try {
    // ---- The employer administrator: plan, then the grade.
    const admin = await person('e1.admin', '#/employer');
    await press(admin, GR['ui.grading.nav']);
    await poll(async () => (await appState(admin)).route === '#/grading', 'no #/grading');
    await waitForText(admin, fill(GR['ui.grading.year'], { year: YEAR }));
    await waitForText(admin, GR['ui.grading.plan_none']);
    await waitForText(admin, GR['ui.grading.not_graded']);

    // No plan for the year yet: nobody is offered a grade, and the screen says why.
    await waitForText(admin, GR['ui.grading.plan_first']);
    assert.equal((await findAllWidgets(admin, { label: GR['ui.grading.grade_button'] })).length, 0, 'no grade before the plan');

    await imeField(admin, GR['ui.grading.plan_hint'], 'an ji du', PLAN);
    await command(admin, GR['ui.grading.plan_save'], 'SetAssessmentPlan');
    await waitForText(admin, (s) => s === PLAN);
    assert.ok(!(await visibleTexts(admin)).includes(GR['ui.grading.plan_none']), 'the plan is shown as set');
    await press(admin, GR['ui.grading.grade_button']);
    await waitForText(admin, fill(GR['ui.grading.form_title'], { name: SPECIALIST, year: YEAR }));

    // Evidence typed and cleared: the form asks for evidence.
    await clickWidget(admin, await reveal(admin, fill(GR['ui.grading.evidence_hint'], { n: '1' })));
    await admin.keyboard.press('Control+A');
    await admin.keyboard.press('Backspace');
    await press(admin, GR['ui.grading.submit']);
    await waitForText(admin, GR['ui.grading.need_evidence']);

    await press(admin, WF['workflow.grade.excellent']);
    await press(admin, WF['workflow.evidence_kind.media_report']);
    await imeField(admin, fill(GR['ui.grading.evidence_hint'], { n: '1' }), 'ji nan ri bao', EVIDENCE1);
    await press(admin, GR['ui.grading.add_evidence']);
    await imeField(admin, fill(GR['ui.grading.evidence_hint'], { n: '2' }), 'ren cai', EVIDENCE2);
    await command(admin, GR['ui.grading.submit'], 'GradeSpecialist');
    const graded = fill(GR['ui.grading.graded'], { grade: WF['workflow.grade.excellent'], date: TODAY });
    await waitForText(admin, (s) => s.startsWith(graded));
    await sent(admin);

    // ---- The county window: an evaluation with a correction required, a commendation.
    const lixia = await person('lixia.window', '#/window');
    await press(lixia, GR['ui.grading.eval_nav']);
    await poll(async () => (await appState(lixia)).route === '#/window/evaluations', 'no #/window/evaluations');
    await waitForTextAnywhere(lixia, GR['ui.grading.eval_list_none']); // an empty state under the form
    await press(lixia, EMPLOYER);
    await press(lixia, SPECIALIST);
    await press(lixia, WF['workflow.evaluation_method.unannounced_check']);
    await press(lixia, '3★');
    await press(lixia, GR['ui.grading.eval_correction']);
    await press(lixia, WF['workflow.command.RecordWindowEvaluation']);
    await waitForTextAnywhere(lixia, GR['ui.grading.eval_need_findings']); // under the button, maybe below the fold
    await imeField(lixia, GR['ui.grading.eval_findings_hint'], 'wei ji shi', FINDINGS);
    await command(lixia, WF['workflow.command.RecordWindowEvaluation'], 'RecordWindowEvaluation');
    const findings = fill(GR['ui.grading.findings'], { text: FINDINGS });
    await waitForTextAnywhere(lixia, (s) => s === findings);
    await waitForText(lixia, (s) => s.includes(`${WF['workflow.evaluation_method.unannounced_check']} · ` +
      `${WF['workflow.unit_kind.employer']}：${EMPLOYER} · ${SPECIALIST}`));
    await waitForText(lixia, (s) => s.startsWith(fill(GR['ui.grading.eval_rated'], { n: '3' })) &&
      s.endsWith(WF['workflow.notice_state.sent']));
    await sent(lixia);
    // The unit's excellent grade reaches the window, which commends the specialist.
    await syncUntil(lixia, (s) => s.startsWith(`${YEAR} · ${SPECIALIST} · ${EMPLOYER}`));
    await imeField(lixia, fill(GR['ui.grading.commend_hint'], { name: SPECIALIST }), 'fu wu you xiu', COMMEND);
    await command(lixia, WF['workflow.command.CommendSpecialist'], 'CommendSpecialist');
    await syncUntil(lixia, GR['ui.grading.commend_none']);
    await sent(lixia);

    // ---- The administrator sees the notice, reports the correction, sees the commendation.
    await syncUntil(admin, (s) => s === findings);
    await waitForText(admin, (s) => s.startsWith(WF['workflow.notice_state.sent']));
    await imeField(admin, { contains: GR['ui.grading.correction_hint'].split('{id}')[0] },
      'yi jian li', CORRECTION);
    await command(admin, WF['workflow.command.AcknowledgeCorrection'], 'AcknowledgeCorrection');
    const corrected = fill(GR['ui.grading.corrected'], { text: CORRECTION, date: TODAY });
    await syncUntil(admin, (s) => s.startsWith(WF['workflow.notice_state.corrected']) && s.includes(corrected));
    await syncUntil(admin, (s) => s === `${graded} · ${fill(GR['ui.grading.commended'], { note: COMMEND })}`);
    await sent(admin);
    await screenshots(admin, 'employer-grading', 'ui.grading.title');
    await fitsPhone(admin, 'employer-grading');

    // ---- The window sees the correction on its evaluation.
    await syncUntil(lixia, (s) => s.includes(corrected));
    await screenshots(lixia, 'window-evaluations', 'ui.grading.eval_title');
    await fitsPhone(lixia, 'window-evaluations');
    for (const [, , app] of people) app.assertNoPageErrors();
    failed = false;
  } finally {
    for (const [login, context] of people)
      if (failed) await saveFailureScreenshots(context, `${t.name}-${login}`).catch(() => {});
    await browser.close().catch(() => {});
    await server.stop();
  }
});
