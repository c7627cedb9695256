// Scenario 3 of the role workspaces (issue 5) against the real server, one browser
// context per person: the employer specialist files a multi-department application
// (A2 residence permit) for the talent; the county window dispatches it to both
// competent departments; public security has its agency handle it and reports; the
// science and technology department runs past the limit and explains it with a new
// date, which the window's overdue monitor shows; its agency handles it, it reports;
// the results reach the employer specialist and the window; the specialist tells the
// talent, who rates the service. The server runs at a pinned date (--today), first
// on the filing day and then, on the same data folder, on a day past the limit; each
// person's browser clock is pinned to the same day, so due dates are checked against
// the working-day calendar by hand: filed Mon 2 Nov 2026 + 15 working days = 23 Nov.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appState } from './lib/browser.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { assetsDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { openPeople, syncUntil } from './lib/people.mjs';
import { reveal, waitForTextAnywhere } from './lib/scrolling.mjs';
import {
  clickWidget, imeType, moveMouseAway, pinyinSteps, poll, typeText, waitForText,
} from './lib/widgets.mjs';

const readJson = (...p) => JSON.parse(readFileSync(path.join(assetsDir(), ...p), 'utf8'));
const UI = readJson('i18n', 'ui.zh-CN.json');
const WF = readJson('i18n', 'workflow.zh-CN.json');
const SV = readJson('i18n', 'service.zh-CN.json');
const SV_EN = readJson('i18n', 'service.en.json');
const CATALOG = readJson('catalog.json');
const fill = (pattern, values) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, v), pattern);
const agencyZh = (id) => CATALOG.agencies.find((a) => a.id === id).nameZh;
const A2 = CATALOG.items.find((i) => i.code === 'A2');

const FILED = '2026-11-02'; // a Monday
const DUE = '2026-11-23';   // + 15 working days (no holiday in November 2026)
const LATE = '2026-11-25';  // two working days past the limit
const NEW_DATE = '2026-12-04';

const done = (command) => fill(UI['ui.demo.done'], { command: WF[`workflow.command.${command}`] });

async function filter(page, text) {
  await clickWidget(page, await reveal(page, SV['ui.service.filter_hint']));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await typeText(page, text);
  await moveMouseAway(page);
}

async function command(page, label, name) {
  await clickWidget(page, await reveal(page, label));
  await moveMouseAway(page);
  await waitForTextAnywhere(page, done(name), { timeoutMs: 10_000 });
}

// Screenshots of the screen in zh and en; `title` is the screen's heading key.
async function screenshots(page, name, title) {
  await saveScreenshot(page, `${name}-zh`);
  await clickWidget(page, 'English');
  await moveMouseAway(page);
  await waitForTextAnywhere(page, (s) => s === SV_EN[title]); // from the top: the heading
  await saveScreenshot(page, `${name}-en`);
  await clickWidget(page, '中文');
  await moveMouseAway(page);
  await waitForText(page, (s) => s === SV[title], { timeoutMs: 10_000 });
}

const stateText = (s) => fill(UI['ui.timeline.state'], { state: WF[`workflow.request_state.${s}`] });

test('services: a multi-department application dispatched by the window, one department overdue with an explanation and new date, results back, the talent rates it [S7.4] [S6.2.1] [S6.2.2] [S6.2.4]',
  async (t) => {
  const data = mkdtempSync(path.join(os.tmpdir(), 'huicai-e2e-data-'));
  let server = null;
  let crowd = null;
  let failed = '';
  let requestId = '';
  try {
    // ---- The filing day.
    server = await startServer({ dataDir: data, args: ['--today', FILED] });
    crowd = await openPeople(server, { today: FILED });
    const spec = await crowd.page('e1.specialist', '#/specialist');
    await clickWidget(spec, SV['ui.service.nav_specialist']);
    await poll(async () => (await appState(spec)).route === '#/specialist/services', 'no #/specialist/services');
    await waitForText(spec, SV['ui.service.file_title']);
    await clickWidget(spec, SV['ui.service.item']);
    await clickWidget(spec, `A2 ${A2.nameZh}`);
    await waitForText(spec, fill(SV['ui.service.promised_days'], { n: '15' }));
    await clickWidget(spec, SV['ui.service.materials_hint']);
    await imeType(spec, pinyinSteps('huzhao', '护照复印件，劳动合同'), '护照复印件，劳动合同');
    await command(spec, WF['workflow.command.FileServiceRequest'], 'FileServiceRequest');
    await filter(spec, 'SR-'); // ids this client made; the seeded ones are R1…R6
    const header = await waitForTextAnywhere(spec, (s) => /^SR-\S+ · 张明 · A2 /.test(s));
    requestId = header.split(' · ')[0];
    await filter(spec, requestId);
    await waitForText(spec, stateText('with_window'));
    await waitForText(spec, fill(SV['ui.service.materials_list'], { list: '护照复印件、劳动合同' }));
    await screenshots(spec, 'specialist-services', 'ui.service.specialist_title');

    const win = await crowd.page('lixia.window', '#/window');
    await clickWidget(win, SV['ui.service.nav_window']);
    await poll(async () => (await appState(win)).route === '#/window/services', 'no #/window/services');
    await syncUntil(win, requestId);
    await filter(win, requestId);
    await waitForText(win, fill(SV['ui.service.to_dispatch'], { n: '1' }));
    await command(win, WF['workflow.command.DispatchToDepartments'], 'DispatchToDepartments');
    await waitForText(win, fill(SV['ui.service.in_progress'], { n: '1' }));
    await waitForText(win, fill(UI['ui.timeline.due'], { date: DUE }) + ' · ' + fill(UI['ui.timeline.days_left'], { n: '15' }));
    await screenshots(win, 'window-services', 'ui.service.window_title');

    const police = await crowd.page('dept.police', '#/department');
    await filter(police, requestId);
    await syncUntil(police, (s) => s.startsWith(requestId));
    await command(police, agencyZh('sd_exit_entry'), 'AssignToAgency');

    const exit = await crowd.page('agency.exit', '#/handling');
    await filter(exit, requestId);
    await syncUntil(exit, (s) => s.startsWith(requestId));
    await clickWidget(exit, SV['ui.service.result_hint']);
    await imeType(exit, pinyinSteps('juliu', '居留许可已签发'), '居留许可已签发');
    await command(exit, SV['ui.service.complete_granted'], 'CompleteHandling');
    await screenshots(exit, 'handling', 'ui.service.handling_title');

    await syncUntil(police, fill(SV['ui.service.result_granted'], { result: '居留许可已签发' }));
    await command(police, WF['workflow.command.ReportResult'], 'ReportResult');

    const science = await crowd.page('dept.science', '#/department');
    await filter(science, requestId);
    await syncUntil(science, (s) => s.startsWith(requestId));
    await command(science, agencyZh('sd_foreign_work_permit'), 'AssignToAgency');
    await screenshots(science, 'department', 'ui.service.department_title');
    await crowd.close();
    crowd = null;
    await server.stop();
    server = null;

    // ---- Past the limit: the same data folder, the server and browsers later.
    server = await startServer({ dataDir: data, args: ['--today', LATE] });
    crowd = await openPeople(server, { today: LATE });
    const science2 = await crowd.page('dept.science', '#/department');
    await filter(science2, requestId);
    await syncUntil(science2, (s) => s.startsWith(requestId));
    await waitForText(science2, UI['ui.chip.overdue']);
    await waitForText(science2, SV['ui.service.overdue_title']);
    await clickWidget(science2, SV['ui.service.overdue_hint']);
    await imeType(science2, pinyinSteps('xiecha', '需外省协查'), '需外省协查');
    await clickWidget(science2, SV['ui.service.new_date_hint']);
    await typeText(science2, NEW_DATE);
    await command(science2, WF['workflow.command.ReportOverdue'], 'ReportOverdue');
    const explained = fill(SV['ui.service.overdue_explained'], { on: LATE, reason: '需外省协查', date: NEW_DATE });
    await waitForText(science2, explained);

    const win2 = await crowd.page('lixia.window', '#/window');
    await clickWidget(win2, SV['ui.service.nav_window']);
    await filter(win2, requestId);
    await syncUntil(win2, explained);
    await waitForText(win2, fill(SV['ui.service.overdue_monitor'], { n: '1' }));
    await waitForText(win2, fill(UI['ui.timeline.due'], { date: NEW_DATE }));

    const permit = await crowd.page('agency.permit', '#/handling');
    await filter(permit, requestId);
    await syncUntil(permit, (s) => s.startsWith(requestId));
    await clickWidget(permit, SV['ui.service.result_hint']);
    await imeType(permit, pinyinSteps('gongzuo', '工作许可已办理'), '工作许可已办理');
    await command(permit, SV['ui.service.complete_granted'], 'CompleteHandling');

    await syncUntil(science2, fill(SV['ui.service.result_granted'], { result: '工作许可已办理' }));
    await command(science2, WF['workflow.command.ReportResult'], 'ReportResult');

    // Results back at the window and with the employer specialist.
    await syncUntil(win2, fill(SV['ui.service.results_back'], { n: '1' }));
    await waitForTextAnywhere(win2, stateText('results_reported'));
    await waitForTextAnywhere(win2, fill(SV['ui.service.result_granted'], { result: '居留许可已签发' }));
    await waitForTextAnywhere(win2, fill(SV['ui.service.result_granted'], { result: '工作许可已办理' }));
    await saveScreenshot(win2, 'window-services-results-zh');

    const spec2 = await crowd.page('e1.specialist', '#/specialist');
    await clickWidget(spec2, SV['ui.service.nav_specialist']);
    await filter(spec2, requestId);
    await syncUntil(spec2, stateText('results_reported'));
    // The results sit under the filing form: scroll the content down to them.
    await waitForTextAnywhere(spec2, fill(SV['ui.service.result_granted'], { result: '工作许可已办理' }));
    await clickWidget(spec2, await reveal(spec2, SV['ui.service.inform_hint']));
    await imeType(spec2, pinyinSteps('yigaozhi', '已电话告知'), '已电话告知');
    // The notice is scrolled out of view here: the request's new state shows it was applied.
    await clickWidget(spec2, await reveal(spec2, WF['workflow.command.InformTalent']));
    await moveMouseAway(spec2);
    await waitForTextAnywhere(spec2, stateText('talent_informed'));

    const talent = await crowd.page('talent.t1', '#/talent');
    await clickWidget(talent, await reveal(talent, SV['ui.service.nav_services'])); // under the card
    await poll(async () => (await appState(talent)).route === '#/services', 'no #/services');
    await syncUntil(talent, stateText('talent_informed'));
    await clickWidget(talent, await reveal(talent, '4★'));
    await clickWidget(talent, await reveal(talent, WF['workflow.command.RateService']));
    await moveMouseAway(talent);
    await waitForTextAnywhere(talent, done('RateService'));
    await waitForTextAnywhere(talent, fill(SV['ui.service.rated'], { stars: '4', comment: '' }).trim());
    await waitForTextAnywhere(talent, stateText('rated'));
    await screenshots(talent, 'services', 'ui.service.talent_title');

    // The rating reaches the window.
    await syncUntil(win2, stateText('rated'));
  } catch (err) {
    failed = t.name.slice(0, 40);
    throw err;
  } finally {
    if (crowd) await crowd.close(failed);
    if (server) await server.stop().catch(() => {});
    rmSync(data, { recursive: true, force: true });
  }
  assert.ok(requestId.startsWith('SR-'));
});
