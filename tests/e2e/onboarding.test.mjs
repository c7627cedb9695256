// A province switched on from an empty data folder (S6.2, S7.1), against the real
// server started with --no-demo on a day at the end of 2026, before the State
// Council's 2027 notice:
//  1. `huicai admin add-user` creates the first system administrator and prints a
//     one-time password; the administrator signs in with it in the browser, is sent to
//     #/password, and sets their own.
//  2. On #/admin they create a county window account (its one-time password shows
//     once) and, on #/admin/units, register a province-level employer; once it has
//     synced, its administrator's account and the province window's. They pick a
//     CSV file of employers (UTF-8 with a BOM): the browser names its bad row and
//     nothing is sent; a corrected file is imported whole. On
//     #/admin/departments they register Jinan's public security bureau (the city's
//     counterpart of the provincial department) and an agency under it, and give the
//     bureau a department specialist's account.
//  3. The employer administrator signs in, sets a password, opens the specialists'
//     accounts from the employer screen and creates their specialist.
//  4. A talent registers with that employer and applies, the administrator assigns
//     the specialist, who completes the application and sends it to the province
//     window (through the API: those screens have their own tests).
//  5. The province window signs in, sets a password, and sees the application due on
//     2027-01-06, counted Monday to Friday and marked provisional.
//  6. The administrator pastes 2027's days off on #/admin/holidays, sees the
//     application's deadline move by a day in the preview, saves; after the window's
//     next sync the due date is 2027-01-07 and nothing is marked provisional.
//  7. The province window issues the card, and builds its corps: from its screen it
//     opens the specialists' accounts and creates a county window's.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { appState } from './lib/browser.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { assetsDir, repoRoot } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { openPeople, syncNow, syncUntil } from './lib/people.mjs';
import { clickWidget, findAllWidgets, imeType, moveMouseAway, pinyinSteps, poll, typeText, visibleTexts, waitForText, waitForWrappedText } from './lib/widgets.mjs';

const readI18n = (name) => JSON.parse(readFileSync(path.join(assetsDir(), 'i18n', name), 'utf8'));
const UI = { ...readI18n('ui.zh-CN.json'), ...readI18n('console.zh-CN.json'), ...readI18n('workflow.zh-CN.json') };
const fill = (pattern, name, value) => pattern.replaceAll(`{${name}}`, value);

const TODAY = '2026-12-28'; // a Monday: 7 working days run 29, 30, 31 Dec, 1, 4, 5, 6 Jan
const DESK = { width: 1280, height: 1800 }; // the console's forms and lists fit without scrolling
const cli = () => process.env.HUICAI_CLI || path.join(repoRoot, 'build/bin/huicai');

// Types into the field whose hint is `hint`.
async function fillField(page, hint, text) {
  await clickWidget(page, hint);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await typeText(page, text);
  await moveMouseAway(page);
}

// A unit picker's filter: the first one still open on the screen (a picker closes
// once its unit is chosen), narrowed to `code` and the unit chosen.
async function pickUnit(page, code) {
  await fillField(page, UI['ui.console.unit_filter'], code);
  await clickWidget(page, { contains: `(${code})` });
  await moveMouseAway(page);
}

// Types Chinese into the field whose hint is `hint`, as an input method would.
async function fillChinese(page, hint, pinyin, text) {
  await clickWidget(page, hint);
  await imeType(page, pinyinSteps(pinyin, text), text);
  await moveMouseAway(page);
}

// On #/password: the one-time password, then the new one twice.
async function setOwnPassword(page, current, next, home) {
  await poll(async () => (await appState(page)).route === '#/password', 'not sent to #/password', 20_000);
  await waitForWrappedText(page, UI['ui.password.intro_first']);
  await fillField(page, UI['ui.password.current_hint'], current);
  await fillField(page, UI['ui.password.next_hint'], next);
  await fillField(page, UI['ui.password.repeat_hint'], next);
  await clickWidget(page, UI['ui.password.submit']);
  await moveMouseAway(page);
  await poll(async () => (await appState(page)).route === home, `did not reach ${home} after setting the password`, 20_000);
}

// On #/admin: a new account; resolves to the one-time password shown once.
async function createAccount(page, { role, unit, unitButton, name, login }) {
  if (role) await clickWidget(page, role);
  if (unit) {
    await fillField(page, UI['ui.console.unit_filter'], unit);
    await clickWidget(page, unitButton);
    await waitForText(page, (s) => s.startsWith(fill(UI['ui.console.unit_chosen'], 'name', '')));
  }
  await fillField(page, UI['ui.console.name_hint'], name);
  await fillField(page, UI['ui.console.login_hint'], login);
  await clickWidget(page, UI['ui.console.create']);
  await moveMouseAway(page);
  const issued = fill(UI['ui.console.issued'], 'login', login);
  await waitForText(page, issued, { timeoutMs: 20_000 });
  const texts = await visibleTexts(page);
  const password = texts[texts.indexOf(issued) + 1];
  assert.match(password ?? '', /^\S{16}$/, `no one-time password after ${issued}: ${JSON.stringify(texts.slice(0, 60))}`);
  return password;
}

// The API as a client outside the browser: sign-in, password change, push.
function api(url) {
  let versions = null;
  const call = async (method, route, body, token) => {
    versions ??= await (await fetch(`${url}/api/v1/health`)).json();
    const res = await fetch(`${url}${route}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify({ protocol: versions.protocol, schema: versions.schema, ...body }) : undefined,
    });
    const json = await res.json();
    assert.equal(res.status, 200, `${route}: ${JSON.stringify(json)}`);
    return json;
  };
  return {
    call,
    async signIn(login, password, newPassword) {
      let s = await call('POST', '/api/v1/session', { login, password });
      if (s.must_change_password) {
        await call('POST', '/api/v1/password', { old_password: password, new_password: newPassword }, s.token);
        s = await call('POST', '/api/v1/session', { login, password: newPassword });
      }
      return s;
    },
    async push(session, clientId, commands) {
      const { id, role, scope } = session.user;
      const answer = await call('POST', '/api/v1/push', {
        client_id: clientId,
        commands: commands.map(([command, args], i) => ({
          seq: i + 1, command: { id: `${clientId}-${i + 1}`, actor: { id, role, scope }, command, args },
        })),
      }, session.token);
      for (const r of answer.results) assert.equal(r.status, 'applied', JSON.stringify(r));
    },
  };
}

test('onboarding: from an empty data folder the administrator sets up accounts and units, a talent applies, the window sees a provisional deadline that loading 2027 recomputes, and the card is issued [S6.2] [S7.1] [S6.1.4]', async (t) => {
  const server = await startServer({ args: ['--no-demo', '--today', TODAY] });
  const crowd = await openPeople(server, { viewport: DESK, today: TODAY });
  let failed = '';
  try {
    // 1. The first administrator, from the command line.
    const out = execFileSync(cli(), ['admin', 'add-user', '--data', server.dataDir, '--login', 'root.admin',
      '--role', 'system_admin', '--name', 'Admin'], { encoding: 'utf8' });
    const rootOnce = out.trim().split('\n').pop().trim();
    const admin = await crowd.page('root.admin', null, { password: rootOnce });
    await setOwnPassword(admin, rootOnce, 'Root-admin-2026!', '#/admin');
    await waitForText(admin, UI['ui.console.new_account']);

    // 2. A county window, a province-level employer, its administrator, the province window.
    const countyOnce = await createAccount(admin, {
      role: UI['ui.console.role.window_specialist'], unit: '370112', unitButton: { contains: '(370112)' },
      name: 'Licheng Window', login: 'licheng.window',
    });
    assert.notEqual(countyOnce, rootOnce);
    await saveScreenshot(admin, 'onboarding-account-zh');
    await clickWidget(admin, UI['ui.console.tab.units']);
    await poll(async () => (await appState(admin)).route === '#/admin/units', 'units not reached');
    await fillField(admin, UI['ui.console.employer_name_hint'], 'Shandong Institute of Materials');
    await fillField(admin, UI['ui.console.unit_filter'], '370000');
    await clickWidget(admin, { contains: '(370000)' });
    await clickWidget(admin, UI['ui.console.add_employer']);
    await moveMouseAway(admin);
    await waitForText(admin, (s) => s.startsWith('Shandong Institute of Materials · '));
    // The employer reaches the server with the next push.
    let employer = null;
    await poll(async () => {
      const page = await (await fetch(`${server.url}/api/v1/employers?q=Materials`)).json();
      employer = page.employers?.[0] ?? null;
      return employer !== null;
    }, 'the employer never reached the server', 30_000);
    // Employers from a CSV file: the picker offers CSV files; a bad row is named with
    // its line and blocks the import; the corrected file is imported whole.
    const pickCsv = async (text) => {
      const chooser = admin.waitForEvent('filechooser', { timeout: 10_000 });
      await clickWidget(admin, UI['ui.console.import_pick']);
      const picker = await chooser;
      assert.match(await picker.element().getAttribute('accept'), /\.csv/);
      await picker.setFiles({ name: 'employers.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') });
      await moveMouseAway(admin);
    };
    await pickCsv('name,region\r\n济南新材料研究院,370102\r\n某单位,999999\r\n');
    await waitForText(admin, fill(fill(UI['ui.console.import_rejects'], 'count', '1'), 'rows', '1'));
    await waitForText(admin, (s) => s.startsWith(fill(fill(UI['ui.console.import_reject'], 'row', '3'), 'message', '')));
    await pickCsv('name,region\r\n济南新材料研究院,370102\r\n青岛海洋装备有限公司,370202\r\n');
    await waitForText(admin, fill(UI['ui.console.import_ready'], 'count', '2'));
    await clickWidget(admin, UI['ui.console.import_send']);
    await moveMouseAway(admin);
    await waitForText(admin, fill(UI['ui.console.import_done'], 'count', '2'), { timeoutMs: 20_000 });
    const imported = await (await fetch(`${server.url}/api/v1/employers?q=${encodeURIComponent('青岛海洋装备')}`)).json();
    assert.equal(imported.employers?.[0]?.region, '370202', JSON.stringify(imported));

    await clickWidget(admin, UI['ui.console.tab.accounts']);
    const employerAdminOnce = await createAccount(admin, {
      role: UI['ui.console.role.employer_admin'], unit: 'Materials', unitButton: { contains: `(${employer.id})` },
      name: 'Wang Admin', login: 'sim.admin',
    });
    // Jinan's public security bureau and an agency under it, then its specialist.
    await clickWidget(admin, UI['ui.console.tab.departments']);
    await poll(async () => (await appState(admin)).route === '#/admin/departments', 'departments not reached');
    await fillChinese(admin, UI['ui.departments.name_zh_hint'], 'jinanshigonganju', '济南市公安局');
    await pickUnit(admin, '370100');
    await pickUnit(admin, 'sd_public_security');
    await clickWidget(admin, UI['ui.departments.add_department']);
    await moveMouseAway(admin);
    const bureauRow = fill(fill(fill(UI['ui.departments.row'], 'name', '济南市公安局'), 'region', '济南市'), 'counterpart', '山东省公安厅');
    await waitForText(admin, bureauRow);
    await fillChinese(admin, UI['ui.departments.agency_name_hint'], 'churujingzhidui', '济南市出入境管理支队');
    // The department's pickers are open again for the next one: the agency's is the third.
    const filters = await findAllWidgets(admin, { label: UI['ui.console.unit_filter'] });
    assert.equal(filters.length, 3, 'the region, counterpart and department pickers');
    await clickWidget(admin, filters[2]);
    await typeText(admin, 'DEP-');
    await moveMouseAway(admin);
    await clickWidget(admin, { contains: '济南市公安局 (DEP-' });
    await moveMouseAway(admin);
    await clickWidget(admin, UI['ui.departments.add_agency']);
    await moveMouseAway(admin);
    await waitForText(admin, fill(fill(UI['ui.departments.agency_row'], 'name', '济南市出入境管理支队'), 'department', '济南市公安局'));
    await saveScreenshot(admin, 'onboarding-departments-zh');
    await clickWidget(admin, UI['ui.console.tab.accounts']);
    await createAccount(admin, {
      role: UI['ui.console.role.department_specialist'], unit: 'DEP-', unitButton: { contains: '济南市公安局 (DEP-' },
      name: 'Jinan PSB Desk', login: 'jinan.psb',
    });

    const provinceOnce = await createAccount(admin, {
      role: UI['ui.console.role.window_specialist'], unit: '370000', unitButton: { contains: '(370000)' },
      name: 'Province Window', login: 'province.window',
    });

    // 3. The employer administrator creates their specialist.
    const employerAdmin = await crowd.page('sim.admin', null, { password: employerAdminOnce });
    await setOwnPassword(employerAdmin, employerAdminOnce, 'Sim-admin-2026!', '#/employer');
    await clickWidget(employerAdmin, UI['ui.console.nav_specialists']);
    await poll(async () => (await appState(employerAdmin)).route === '#/admin', 'the specialists\' accounts not reached');
    const specialistOnce = await createAccount(employerAdmin, { name: 'Zhao Specialist', login: 'sim.specialist' });
    const accounts = await api(server.url).call('GET', '/api/v1/admin/accounts', null,
      (await api(server.url).signIn('sim.admin', 'Sim-admin-2026!')).token);
    const specialistId = accounts.accounts.find((a) => a.login === 'sim.specialist')?.id;
    assert.ok(specialistId, `the employer administrator lists ${JSON.stringify(accounts)}`);
    assert.ok(accounts.accounts.every((a) => a.role === 'employer_specialist' && a.scope === employer.id),
      'an employer administrator sees only its own specialists');

    // 4. A talent registers and applies; the specialist sends it to the province window.
    const client = api(server.url);
    const talent = await client.call('POST', '/api/v1/register', {
      login: 'new.talent', password: 'Talent-2026-pw', name: 'Liu Talent', category: 'professional_technical',
      id_type: 'resident_id', id_number: '370102199001011231', employer: employer.id,
    });
    await client.push(talent, 'c-e2etalent01', [
      ['UpdateTalentProfile', { talent: talent.user.id, degree: 'doctorate', title: 'full_senior',
        honours: [{ name: '国家级重点人才工程', level: 'national', outside_shandong: false, year: 2021 }] }],
      ['SubmitCardApplication', { id: 'CA-NEW', class: 'direct', basis: 'direct.1', evidence: [{ evidence: 'selection_notice', document: '入选通知.pdf' }] }],
    ]);
    await client.push(await client.signIn('sim.admin', 'Sim-admin-2026!'), 'c-e2eadmin001', [
      ['AssignSpecialist', { talent: talent.user.id, specialist: specialistId }],
    ]);
    await client.push(await client.signIn('sim.specialist', specialistOnce, 'Sim-specialist-2026!'), 'c-e2espec0001', [
      ['CompleteApplication', { application: 'CA-NEW', evidence: [{ evidence: 'employer_nomination', document: '单位推荐函.pdf' }] }],
      ['SubmitToWindow', { application: 'CA-NEW' }],
    ]);

    // 5. The province window sees it due on 2027-01-06, provisional.
    const window = await crowd.page('province.window', null, { password: provinceOnce });
    await setOwnPassword(window, provinceOnce, 'Province-2026!', '#/window');
    await syncUntil(window, (s) => s === `2027-01-06 ${UI['ui.chip.provisional']}`, { timeoutMs: 60_000 });
    await saveScreenshot(window, 'onboarding-provisional-zh');

    // 6. The administrator loads 2027 and previews the move first.
    await clickWidget(admin, UI['ui.console.tab.holidays']);
    await poll(async () => (await appState(admin)).route === '#/admin/holidays', 'holidays not reached');
    await waitForText(admin, fill(UI['ui.holidays.year_missing'], 'year', '2027'), { timeoutMs: 30_000 });
    await clickWidget(admin, UI['ui.holidays.notice_hint']);
    await typeText(admin, '2027-01-01');
    await moveMouseAway(admin);
    await clickWidget(admin, UI['ui.holidays.check']);
    await moveMouseAway(admin);
    await waitForText(admin, fill(fill(UI['ui.holidays.read'], 'off', '1'), 'work', '0'));
    // The server answers which running deadlines move: CA-NEW's, by a day.
    await waitForWrappedText(admin, 'CA-NEW）：2027-01-06 → 2027-01-07', { timeoutMs: 20_000 });
    await saveScreenshot(admin, 'onboarding-holidays-zh');
    await clickWidget(admin, UI['ui.holidays.save']);
    await moveMouseAway(admin);
    await waitForText(admin, (s) => s.startsWith(fill(fill(fill(UI['ui.holidays.year_loaded'], 'year', '2027'), 'off', '1'), 'work', '0')));
    await syncUntil(window, (s) => s === '2027-01-07', { timeoutMs: 60_000 });
    assert.ok(!(await visibleTexts(window)).some((s) => s.includes(UI['ui.chip.provisional'])), 'still marked provisional');

    // 7. The card is issued (the only application in the queue is the one shown).
    await clickWidget(window, UI['workflow.command.IssueCard']);
    await moveMouseAway(window);
    await waitForText(window, UI['ui.window.empty'], { timeoutMs: 20_000 });
    await syncNow(window);
    const issued = await client.call('POST', '/api/v1/pull', { cursor: 0 }, (await client.signIn('new.talent', 'Talent-2026-pw')).token);
    const card = JSON.stringify(issued);
    assert.ok(card.includes('"issued"'), `the talent's pull holds no issued card: ${card.slice(0, 400)}`);

    // The province window builds its corps (S6.1.1 (2)): a county window's account.
    await clickWidget(window, UI['ui.console.nav_corps']);
    await poll(async () => (await appState(window)).route === '#/admin', 'the corps\' accounts not reached');
    await waitForText(window, UI['ui.console.new_account']);
    const lixiaOnce = await createAccount(window, {
      role: UI['ui.console.role.window_specialist'], unit: '370102', unitButton: { contains: '(370102)' },
      name: 'Lixia Window', login: 'lixia.window',
    });
    await client.signIn('lixia.window', lixiaOnce, 'Lixia-window-2026!');
  } catch (e) {
    failed = 'onboarding';
    throw e;
  } finally {
    await crowd.close(failed);
    await server.stop().catch(() => {});
  }
});
