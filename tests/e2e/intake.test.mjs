// The window's intake desk (issue 5: hotline/website intake, problems and suggestions
// from below, hotline-forwarded requests at the agency) against the real server, one
// browser context per person. The Lixia (370102) county window records a hotline
// request about the talent T1 typed in Chinese through IME events and forwards it to
// the exit and entry administration, whose handling specialist (agency.exit) answers
// it; the window sees the answer (S6.2.3 (2)). The talent T1, working for E1 in
// Lixia, sends a problem from #/services; the Lixia window finds it in its inbox and
// passes it up, and the Jinan (370100) city window holds it with its path
// (S6.2.1 (4)). The server and every browser clock run on a pinned day, so the dates
// shown are that day.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PHONE, appState } from './lib/browser.mjs';
import { withApp } from './lib/fixture.mjs';
import { press, switchRole } from './lib/demo_flow.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { assetsDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { openPeople, syncUntil } from './lib/people.mjs';
import { reveal, waitForTextAnywhere } from './lib/scrolling.mjs';
import {
  clickWidget, findWidget, imeType, moveMouseAway, pinyinSteps, poll, settled, visibleTexts, waitForText, wheelAt, widgets,
} from './lib/widgets.mjs';

const readJson = (...p) => JSON.parse(readFileSync(path.join(assetsDir(), ...p), 'utf8'));
const UI = readJson('i18n', 'ui.zh-CN.json');
const WF = readJson('i18n', 'workflow.zh-CN.json');
const SV = readJson('i18n', 'service.zh-CN.json');
const IN = readJson('i18n', 'intake.zh-CN.json');
const IN_EN = readJson('i18n', 'intake.en.json');
const CATALOG = readJson('catalog.json');
const fill = (pattern, values) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, v), pattern);
const agencyZh = (id) => CATALOG.agencies.find((a) => a.id === id).nameZh;

const TODAY = '2026-11-02';
const DESK = { width: 1440, height: 900 };
const ASKED = '咨询外国专家出入境证件办理';
const ANSWER = '已电话答复并预约办理';
const PROBLEM = '希望增加英文办事指南';

const done = (command) => fill(UI['ui.demo.done'], { command: WF[`workflow.command.${command}`] });

async function scrollToTop(page) {
  await wheelAt(page, -10_000, { x: DESK.width - 12, y: DESK.height / 2 });
  await moveMouseAway(page);
}

// Waits until some drawn text satisfies `pred` (a string: contains it), scrolling the
// content down a step at a time and back to the top, since the desk is taller than
// the viewport.
async function seeText(page, pred, { timeoutMs = 10_000 } = {}) {
  const check = typeof pred === 'string' ? (s) => s.includes(pred) : pred;
  const deadline = Date.now() + timeoutMs;
  for (let i = 1; ; i += 1) {
    const hit = (await visibleTexts(page)).find(check);
    if (hit) return hit;
    if (Date.now() > deadline) {
      throw new Error(`not drawn: ${pred}; texts: ${JSON.stringify((await visibleTexts(page)).slice(0, 60))}`);
    }
    if (i % 16 === 0) {
      await scrollToTop(page);
    } else {
      await wheelAt(page, 320, { x: DESK.width - 12, y: DESK.height / 2 });
    }
  }
}

// Syncs until some text satisfies `pred`, looking through the whole scrolled content
// and back at the top (where the role bar's Sync now is) between presses.
const syncSeen = (page, pred) => syncUntil(page, pred, {
  timeoutMs: 60_000,
  seek: async (p, test) => {
    const hit = await seeText(p, test, { timeoutMs: 6_000 }).catch(() => null);
    if (!hit) await scrollToTop(p);
    return hit;
  },
});

// Clicks the widget labelled `label`, scrolling the content down until it is in view.
async function clickScrolled(page, label) {
  for (let i = 0; i < 16; i += 1) {
    const w = await findWidget(page, label, { timeoutMs: 500 }).catch(() => null);
    if (w) return clickWidget(page, label);
    await wheelAt(page, 240, { x: DESK.width - 12, y: DESK.height / 2 });
  }
  throw new Error(`not drawn after scrolling: ${label}`);
}

async function command(page, label, name) {
  await clickScrolled(page, label);
  await moveMouseAway(page);
  await scrollToTop(page);
  await waitForText(page, done(name), { timeoutMs: 10_000 });
}

async function openIntake(page) {
  await clickWidget(page, IN['ui.intake.nav']);
  await moveMouseAway(page);
  await poll(async () => (await appState(page)).route === '#/window/intake', 'no #/window/intake');
  await waitForText(page, IN['ui.intake.record_title']);
}

test('intake: a hotline request recorded by the county window in Chinese, forwarded to an agency that answers it; a talent\'s problem passed up from the county to the city window [S6.2.3] [S6.2.1] [S6.2.4]',
  async (t) => {
  const server = await startServer({ args: ['--today', TODAY] });
  const crowd = await openPeople(server, { viewport: DESK, today: TODAY });
  let failed = '';
  let hotlineId = '';
  try {
    // ---- The county window records a hotline request and forwards it.
    const win = await crowd.page('lixia.window', '#/window');
    await openIntake(win);
    await seeText(win, fill(IN['ui.intake.list_title'], { n: '0' }));
    await seeText(win, fill(IN['ui.intake.problems_title'], { n: '0' }));
    await clickWidget(win, WF['workflow.channel.website']);
    await clickWidget(win, WF['workflow.channel.hotline']);
    await clickWidget(win, IN['ui.intake.talent']);
    await clickWidget(win, '张明 · T1');
    await moveMouseAway(win);
    await clickWidget(win, IN['ui.intake.content_hint']);
    await imeType(win, pinyinSteps('zixun', ASKED), ASKED);
    await command(win, WF['workflow.command.RecordHotlineRequest'], 'RecordHotlineRequest');
    await seeText(win, fill(IN['ui.intake.list_title'], { n: '1' }));
    const header = await seeText(win, (s) => new RegExp(`^HL-\\S+ · ${WF['workflow.channel.hotline']} · ${WF['workflow.hotline_state.recorded']}$`).test(s));
    hotlineId = header.split(' · ')[0];
    await seeText(win, fill(IN['ui.intake.recorded_on'], { date: TODAY }));
    await seeText(win, fill(IN['ui.intake.talent_line'], { name: '张明 · T1' }));
    await seeText(win, (s) => s === ASKED);
    await clickScrolled(win, IN['ui.intake.agency']);
    await clickWidget(win, agencyZh('sd_exit_entry'));
    await moveMouseAway(win);
    await command(win, WF['workflow.command.ForwardHotlineRequest'], 'ForwardHotlineRequest');
    const forwarded = fill(IN['ui.intake.forwarded'], { date: TODAY, agency: agencyZh('sd_exit_entry') });
    await seeText(win, forwarded);
    await seeText(win, IN['ui.intake.awaiting']);
    await saveScreenshot(win, 'window-intake-zh');
    await clickWidget(win, 'English');
    await moveMouseAway(win);
    await seeText(win, (s) => s === IN_EN['ui.intake.title'], { timeoutMs: 10_000 });
    await seeText(win, fill(IN_EN['ui.intake.list_title'], { n: '1' }));
    await saveScreenshot(win, 'window-intake-en');
    await clickWidget(win, '中文');
    await moveMouseAway(win);
    await seeText(win, (s) => s === IN['ui.intake.title'], { timeoutMs: 10_000 });

    // ---- The agency's handling specialist sees it forwarded and answers it.
    const exit = await crowd.page('agency.exit', '#/handling');
    await syncSeen(exit, (s) => s === ASKED);
    await seeText(exit, SV['ui.service.hotline_title']);
    await seeText(exit, `${hotlineId} · ${WF['workflow.channel.hotline']} · ${WF['workflow.hotline_state.forwarded']}`);
    await clickScrolled(exit, SV['ui.service.resolution_hint']);
    await imeType(exit, pinyinSteps('yidianhua', ANSWER), ANSWER);
    await command(exit, WF['workflow.command.ResolveHotlineRequest'], 'ResolveHotlineRequest');
    await seeText(exit, fill(SV['ui.service.resolution'], { text: ANSWER }));

    // ---- The window sees the answer.
    await syncSeen(win, fill(IN['ui.intake.resolved'], { date: TODAY, text: ANSWER }));
    await seeText(win, `${hotlineId} · ${WF['workflow.channel.hotline']} · ${WF['workflow.hotline_state.resolved']}`);

    // ---- The talent sends a problem from #/services.
    const talent = await crowd.page('talent.t1', '#/talent');
    await clickWidget(talent, await reveal(talent, SV['ui.service.nav_services'])); // under the card and its services
    await poll(async () => (await appState(talent)).route === '#/services', 'no #/services');
    await clickScrolled(talent, SV['ui.service.problem_hint']);
    await imeType(talent, pinyinSteps('xiwang', PROBLEM), PROBLEM);
    await clickScrolled(talent, SV['ui.service.send_problem']);
    await moveMouseAway(talent);
    await scrollToTop(talent);
    await waitForText(talent, done('RaiseProblem'), { timeoutMs: 10_000 });

    // ---- The county window finds it in its inbox and passes it up.
    await syncSeen(win, fill(IN['ui.intake.problems_title'], { n: '1' }));
    const raiser = `${WF['workflow.role.talent']} 张明`;
    await seeText(win, (s) => s.includes(PROBLEM) && s.includes(IN['ui.intake.held_here']) && s.includes(raiser));
    await seeText(win, fill(fill(IN['ui.intake.raised_by'], { date: TODAY }), { who: raiser }));
    await seeText(win, fill(IN['ui.intake.path'], { path: '历下区' }));
    await command(win, fill(IN['ui.intake.escalate'], { region: '济南市' }), 'EscalateProblem');
    await seeText(win, fill(IN['ui.intake.passed_up'], { region: '济南市' }));
    await seeText(win, fill(IN['ui.intake.path'], { path: '历下区 → 济南市' }));

    // ---- The city window holds it now, with where it has been.
    const city = await crowd.page('jinan.window', '#/window');
    await openIntake(city);
    await syncSeen(city, (s) => s.includes(PROBLEM) && s.includes(IN['ui.intake.held_here']));
    await seeText(city, fill(IN['ui.intake.path'], { path: '历下区 → 济南市' }));
    await findWidget(city, fill(IN['ui.intake.escalate'], { region: '山东省' }));
    // The county's hotline request stays the county's.
    await seeText(city, fill(IN['ui.intake.list_title'], { n: '0' }));
    await saveScreenshot(city, 'window-intake-city-zh');

    // ---- The talent sees where their problem is now.
    await syncSeen(talent, (s) => s.includes(PROBLEM) && s.includes(fill(UI['ui.timeline.window'], { region: '济南市' })));
  } catch (err) {
    failed = t.name.slice(0, 40);
    throw err;
  } finally {
    await crowd.close(failed);
    await server.stop().catch(() => {});
  }
  assert.ok(hotlineId.startsWith('HL-'));
});

test('intake: the desk at 390x844 in the demo: a website request recorded by touch, every control inside the screen [S6.2.3]', async (t) => {
  const ASKED_WEB = '网站留言咨询子女入学';
  await withApp(t, { hash: '#/demo', viewport: PHONE, hasTouch: true }, async ({ app }) => {
    const { page } = app;
    await switchRole(page, 'window_county', '#/window', { tap: true });
    await press(page, IN['ui.intake.nav'], { tap: true });
    await poll(async () => (await appState(page)).route === '#/window/intake', 'no #/window/intake');
    await press(page, WF['workflow.channel.website'], { tap: true });
    await press(page, IN['ui.intake.content_hint'], { tap: true });
    await imeType(page, pinyinSteps('wangzhan', ASKED_WEB), ASKED_WEB);
    await press(page, WF['workflow.command.RecordHotlineRequest'], { tap: true });
    await waitForText(page, done('RecordHotlineRequest'), { timeoutMs: 10_000 });
    await waitForTextAnywhere(page, (s) => new RegExp(`^HL-\\S+ · ${WF['workflow.channel.website']} · ${WF['workflow.hotline_state.recorded']}$`).test(s));
    await waitForTextAnywhere(page, (s) => s === ASKED_WEB);
    await settled(page);
    for (const w of await widgets(page)) {
      assert.ok(w.x >= 0 && w.x + w.w <= PHONE.width + 0.5, `${w.label} runs off the phone screen: x ${w.x}, w ${w.w}`);
    }
    await saveScreenshot(page, 'window-intake-phone-zh');
  });
});
