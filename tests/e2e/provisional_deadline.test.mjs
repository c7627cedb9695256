// Deadlines past the holiday data (S7.1), against the real server on a pinned day at
// the end of 2026, before the State Council's 2027 notice. The demo application CA-T10
// reached the provincial window on 23 Dec 2026; its 7 working days run into 2027, so
// the province window's queue and the application's timeline show the due date
// counted Monday to Friday (24, 25, 28, 29, 30, 31 Dec, 1 Jan: 2027-01-01) and
// marked provisional, in Chinese and in English. The system administrator then loads
// 2027 (1 Jan off) as the LoadHolidayYear command through the sync API; after the
// window's next sync the due date is recomputed (2027-01-04) and no longer marked.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { appState } from './lib/browser.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { LANG_BUTTON } from './lib/labels.mjs';
import { assetsDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { DEMO_PASSWORD, openPeople, syncUntil } from './lib/people.mjs';
import { clickWidget, moveMouseAway, poll, visibleTexts, waitForText, waitForWrappedText } from './lib/widgets.mjs';

const readJson = (...p) => JSON.parse(readFileSync(path.join(assetsDir(), ...p), 'utf8'));
const UI = readJson('i18n', 'ui.zh-CN.json');
const UI_EN = readJson('i18n', 'ui.en.json');
const fill = (pattern, name, value) => pattern.replaceAll(`{${name}}`, value);

const TODAY = '2026-12-31'; // CA-T10 arrived 8 days before (seed day -8)
const DESK = { width: 1440, height: 900 };

// Signs the demo administrator in through the API and pushes one command.
async function pushAsAdmin(url, command, args) {
  const health = await (await fetch(`${url}/api/v1/health`)).json();
  const protocol = { protocol: health.protocol, schema: health.schema };
  const post = async (route, body, token) => {
    const res = await fetch(`${url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ ...protocol, ...body }),
    });
    const json = await res.json();
    assert.equal(res.status, 200, `${route}: ${JSON.stringify(json)}`);
    return json;
  };
  const session = await post('/api/v1/session', { login: 'admin', password: DEMO_PASSWORD });
  const { id, role, scope } = session.user;
  const clientId = 'e2e-admin-holidays';
  const answer = await post('/api/v1/push', {
    client_id: clientId,
    commands: [{ seq: 1, command: { id: `${clientId}-1`, actor: { id, role, scope }, command, args } }],
  }, session.token);
  assert.equal(answer.results[0].status, 'applied', JSON.stringify(answer.results[0]));
}

const rowOf = (texts) => texts.find((s) => s.includes('CA-T10'));

async function switchTo(page, lang) {
  await clickWidget(page, LANG_BUTTON[lang]);
  await moveMouseAway(page);
  await poll(async () => (await appState(page)).lang === lang, `lang did not become ${lang}`);
}

test('a card deadline reaching into 2027 is shown provisional on the province queue and timeline, and recomputed once 2027 is loaded [S7.1]', async (t) => {
  const server = await startServer({ args: ['--today', TODAY] });
  const crowd = await openPeople(server, { viewport: DESK, today: TODAY });
  let failed = '';
  try {
    const prov = await crowd.page('prov.window', '#/window');
    // The queue row's due date is marked provisional.
    await waitForText(prov, (s) => s === `2027-01-01 ${UI['ui.chip.provisional']}`, { timeoutMs: 20_000 });
    // The timeline of the selected application says why, and its chip is marked too.
    await clickWidget(prov, { label: rowOf(await visibleTexts(prov)) });
    await moveMouseAway(prov);
    const dueLine = fill(UI['ui.timeline.due'], 'date', '2027-01-01') + UI['ui.timeline.provisional'];
    await waitForWrappedText(prov, dueLine); // the record's panel beside the queue wraps it
    await waitForText(prov, `${UI['ui.chip.due_soon']} · ${UI['ui.chip.provisional']}`);
    await saveScreenshot(prov, 'provisional-deadline-zh');

    // The same in English.
    await switchTo(prov, 'en');
    await waitForWrappedText(prov, fill(UI_EN['ui.timeline.due'], 'date', '2027-01-01') + UI_EN['ui.timeline.provisional']);
    await waitForText(prov, `2027-01-01 ${UI_EN['ui.chip.provisional']}`);
    await saveScreenshot(prov, 'provisional-deadline-en');
    await switchTo(prov, 'zh-CN');

    // 2027 is loaded on the server; the window's next sync recomputes the deadline.
    await pushAsAdmin(server.url, 'LoadHolidayYear', { year: 2027, off: ['2027-01-01'], work: [] });
    await syncUntil(prov, (s) => s === fill(UI['ui.timeline.due'], 'date', '2027-01-04'), { timeoutMs: 60_000 });
    const texts = await visibleTexts(prov);
    assert.ok(texts.includes('2027-01-04'), `the queue row shows the loaded due date: ${JSON.stringify(texts.slice(0, 40))}`);
    assert.ok(!texts.some((s) => s.includes(UI['ui.chip.provisional'])), 'nothing is marked provisional any more');
    await saveScreenshot(prov, 'provisional-deadline-loaded-zh');
  } catch (e) {
    failed = 'provisional-deadline';
    throw e;
  } finally {
    await crowd.close(failed);
    await server.stop().catch(() => {});
  }
});
