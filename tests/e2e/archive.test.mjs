// Scenario 4 of the role workspaces (issue 5) against the real server, one browser
// context per person, and the window dashboard. The server runs at a pinned date
// (2026-07-15, --today) and every browser clock is pinned to it, so the last ended
// quarter is 2026 Q2. The demo seed's requests of the Lixia (370102) window then fall
// into that quarter by hand: R1, R2 and R3 (A2 residence permit, two departments each)
// have their results reported in April, May and June, every task within its 15
// working days; R4, received on 1 June, is still open at the quarter's end, past its
// limit, with no explanation. The Lixia window previews the archive, exports it as CSV
// (checked: BOM, CRLF, header, rows) and as a printable page, and files it with the
// Jinan (370100) city window, whose own view of the quarter then rolls it in.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PHONE, appState } from './lib/browser.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { assetsDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { openPeople, syncUntil } from './lib/people.mjs';
import { addWorkingDays } from './lib/demo_flow.mjs';
import { clickWidget, findWidget, moveMouseAway, poll, waitForText, wheelAt, widgets } from './lib/widgets.mjs';

const readJson = (...p) => JSON.parse(readFileSync(path.join(assetsDir(), ...p), 'utf8'));
const UI = readJson('i18n', 'ui.zh-CN.json');
const WF = readJson('i18n', 'workflow.zh-CN.json');
const OV = readJson('i18n', 'oversight.zh-CN.json');
const OV_EN = readJson('i18n', 'oversight.en.json');
const CATALOG = readJson('catalog.json');
const REGIONS = readJson('regions.json');
const JINAN = REGIONS.cities.find((c) => c.code === '370100');
const fill = (pattern, values) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, v), pattern);
const A2 = CATALOG.items.find((i) => i.code === 'A2');
const deptZh = (id) => CATALOG.departments.find((d) => d.id === id).nameZh;

const TODAY = '2026-07-15';
const R4_RECEIVED = '2026-06-01'; // today - 44 days: the window dispatched it
const R4_DUE = addWorkingDays(R4_RECEIVED, 15);

async function go(page, hash) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await poll(async () => (await appState(page)).route === hash, `did not reach ${hash}`);
}

// The CSV file as blocks: [[title], then per section [[title], header, ...rows]].
function parseCsv(text) {
  const rows = [];
  let field = '';
  let row = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field); field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      if (field !== '' || row.length) row.push(field);
      rows.push(row); row = []; field = ''; i += 1;
    } else {
      field += c;
    }
  }
  const blocks = [];
  let block = [];
  for (const r of rows) {
    if (r.length === 0) { blocks.push(block); block = []; } else block.push(r);
  }
  blocks.push(block);
  return blocks;
}

async function downloadCsv(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    clickWidget(page, OV['ui.oversight.archive.export_csv']),
  ]);
  await moveMouseAway(page);
  const bytes = readFileSync(await download.path());
  return { name: download.suggestedFilename(), bytes };
}

// Scrolls the content down with the mouse wheel until `find()` resolves to something.
async function scrollUntil(page, viewport, find, what) {
  for (let i = 0; i < 16; i += 1) {
    const found = await find().catch(() => null);
    if (found) return found;
    await wheelAt(page, 200, { x: 4, y: viewport.height / 2 }); // off the map, which the wheel zooms
  }
  throw new Error(`not drawn after scrolling: ${what}`);
}

// Scrolls down until every one of `labels` is drawn whole at once (the map in view,
// wherever the charts above put it on a phone); resolves to their widgets.
async function revealAll(page, viewport, labels) {
  for (let i = 0; i < 16; i += 1) {
    const drawn = await widgets(page);
    const found = labels.map((l) => drawn.find((w) => w.label === l && !w.full));
    if (found.every(Boolean)) return found;
    await wheelAt(page, 200, { x: 4, y: viewport.height / 2 });
  }
  throw new Error(`not all drawn after scrolling: ${JSON.stringify(labels)}`);
}

async function scrollToTop(page, viewport) {
  await wheelAt(page, -10_000, { x: 4, y: viewport.height / 2 });
  await moveMouseAway(page);
}

const section = (blocks, key) => blocks.find((b) => b[0][0] === OV[key]);

test('archive: a county window previews, exports (CSV, printable page) and files its quarterly archive with its city window [S6.1.1]', async (t) => {
  const server = await startServer({ args: ['--today', TODAY] });
  const crowd = await openPeople(server, { today: TODAY });
  let failed = '';
  try {
    const lixia = await crowd.page('lixia.window', '#/window');
    await go(lixia, '#/archive');
    await waitForText(lixia, fill(OV['ui.oversight.archive.quarter'], { year: '2026', quarter: '2' }));
    await waitForText(lixia, OV['ui.oversight.archive.not_filed']);
    await waitForText(lixia, fill(OV['ui.oversight.archive.upper'], { window: '济南市' }));
    const title = fill(OV['ui.oversight.archive_title'], { window: '历下区', year: '2026', quarter: '2' });
    await waitForText(lixia, title);
    // The preview shows the items served and R4 among the overdue tasks.
    await waitForText(lixia, `A2 ${A2.nameZh}`);
    await waitForText(lixia, 'R4');
    await saveScreenshot(lixia, 'archive-zh');

    // CSV: what Excel opens, holding the quarter's records.
    const csv = await downloadCsv(lixia);
    assert.equal(csv.name, 'huicai-archive-370102-2026Q2.csv');
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const text = csv.bytes.subarray(3).toString('utf8');
    assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
    const blocks = parseCsv(text);
    assert.deepEqual(blocks[0], [[title]]);
    const summary = section(blocks, 'ui.oversight.section.summary');
    assert.deepEqual(summary[1], ['ui.oversight.col.window', 'ui.oversight.col.year', 'ui.oversight.col.quarter',
      'ui.oversight.col.served', 'ui.oversight.col.completed', 'ui.oversight.col.on_time',
      'ui.oversight.col.on_time_rate'].map((k) => OV[k]));
    // R1-R3 served; their six department tasks finished, all on time.
    assert.deepEqual(summary[2], ['370102 历下区', '2026', 'Q2', '3', '6', '6', '100.0%']);
    const items = section(blocks, 'ui.oversight.section.items');
    assert.deepEqual(items.slice(1), [[OV['ui.oversight.col.code'], OV['ui.oversight.col.item'], OV['ui.oversight.col.count']],
      ['A2', A2.nameZh, '3']]);
    const overdue = section(blocks, 'ui.oversight.section.overdue');
    const r4 = overdue.slice(2).map((r) => [r[0], r[1], r[3], r[5]]).sort();
    assert.deepEqual(r4, [
      ['R4', deptZh('sd_public_security'), R4_DUE, OV['ui.oversight.no']],
      ['R4', deptZh('sd_science_tech'), R4_DUE, OV['ui.oversight.no']],
    ].sort());
    assert.ok(section(blocks, 'ui.oversight.section.problems'));
    assert.ok(section(blocks, 'ui.oversight.section.corps'));

    // The printable page: a new tab with one table per section (or, if the browser
    // blocks the tab, the same page as a download).
    const [popup] = await Promise.all([
      lixia.context().waitForEvent('page', { timeout: 15_000 }),
      clickWidget(lixia, OV['ui.oversight.archive.print']),
    ]);
    await moveMouseAway(lixia);
    await popup.waitForLoadState();
    assert.equal(await popup.title(), title);
    const cells = await popup.$$eval('table', (ts) => ts.map((tb) => [...tb.querySelectorAll('td')].map((td) => td.textContent)));
    assert.ok(cells.length >= 5, 'one table per section');
    assert.ok(cells[1].includes(A2.nameZh));
    await popup.close();

    // File it with the city window; the server accepts it.
    await clickWidget(lixia, WF['workflow.command.FileQuarterlyArchive']);
    await moveMouseAway(lixia);
    await waitForText(lixia, fill(UI['ui.demo.done'], { command: WF['workflow.command.FileQuarterlyArchive'] }));
    await waitForText(lixia, fill(OV['ui.oversight.archive.filed'], { window: '济南市', date: TODAY }));

    // The city window sees it rolled into its own view of the quarter.
    const jinan = await crowd.page('jinan.window', '#/window');
    await go(jinan, '#/archive');
    await syncUntil(jinan, fill(OV['ui.oversight.archive.received'], { n: '1' }));
    const cityCsv = parseCsv((await downloadCsv(jinan)).bytes.subarray(3).toString('utf8'));
    assert.deepEqual(section(cityCsv, 'ui.oversight.section.includes').slice(2), [['370102', '历下区']]);
    const cityItems = section(cityCsv, 'ui.oversight.section.items').slice(2);
    assert.ok(cityItems.some((r) => r[0] === 'A2' && Number(r[2]) >= 3), JSON.stringify(cityItems));
    assert.equal(section(cityCsv, 'ui.oversight.section.summary')[2][0], '370100 济南市');

    // Screenshots in English.
    await clickWidget(lixia, 'English');
    await moveMouseAway(lixia);
    await waitForText(lixia, (s) => s === OV_EN['ui.oversight.archive.title'], { timeoutMs: 10_000 });
    await saveScreenshot(lixia, 'archive-en');
  } catch (err) {
    failed = t.name;
    throw err;
  } finally {
    await crowd.close(failed);
    await server.stop();
  }
});

for (const [size, viewport] of [['desk', { width: 1440, height: 900 }], ['phone', PHONE]]) {
  test(`dashboard (${size}): charts of volumes, on-time rate and satisfaction, and the map of the window's area [S6.1.1] [S8.1.2] [S7.4]`, async (t) => {
    const server = await startServer({ args: ['--today', TODAY] });
    const crowd = await openPeople(server, { viewport, today: TODAY });
    let failed = '';
    try {
      const { page } = await crowd.person('lixia.window', '#/window');
      await go(page, '#/dashboard');
      await waitForText(page, OV['ui.oversight.dash.volumes']);
      // Six months of bars ending in July: R1 (Apr), R2-R4 (May), R5 and R6 (Jul).
      const months = { '2026-02': 0, '2026-03': 0, '2026-04': 1, '2026-05': 3, '2026-06': 0, '2026-07': 2 };
      for (const [month, n] of Object.entries(months)) {
        await findWidget(page, fill(OV['ui.oversight.dash.month_total'], { month, n: String(n) }));
      }
      // The map of the window's area: Jinan's counties (its window's city), Lixia with its
      // rate, the others drawn as outside the window's area.
      const counties = JINAN.counties.filter((c) => !/^\d{4}7/.test(c.code));
      const regions = await revealAll(page, viewport, counties.map((c) => c.code === '370102'
        ? fill(OV['ui.map.region'], { name: c.name, value: '100%' })
        : fill(OV['ui.map.outside'], { name: c.name })));
      assert.ok(counties.length >= 12);
      for (const w of regions) {
        assert.ok(w.x >= 0 && w.x + w.w <= viewport.width + 1, `a region's name outside the viewport: ${JSON.stringify(w)}`);
      }
      await saveScreenshot(page, `dashboard-${size}-zh`);
      const mean = fill(OV['ui.oversight.dash.mean'], { mean: '5.00', n: '1' });
      await scrollUntil(page, viewport, () => waitForText(page, mean, { timeoutMs: 300 }), mean);
      const row = fill(OV['ui.oversight.dash.rate_row'], { region: '历下区', rate: '100%', on: '6', done: '6', overdue: '2' });
      await scrollUntil(page, viewport, () => findWidget(page, row, { timeoutMs: 300 }), row);
      await scrollToTop(page, viewport);
      // Colour by volume: Lixia shows its six requests.
      await clickWidget(page, OV['ui.oversight.dash.by_volume']);
      await moveMouseAway(page);
      await revealAll(page, viewport, [fill(OV['ui.map.region'],
        { name: '历下区', value: fill(OV['ui.oversight.dash.volume_value'], { n: '6' }) })]);
      await scrollToTop(page, viewport);
      await clickWidget(page, 'English');
      await moveMouseAway(page);
      await waitForText(page, (s) => s === OV_EN['ui.oversight.dash.volumes'], { timeoutMs: 10_000 });
      await revealAll(page, viewport, counties.map((c) => (c.code === '370102'
        ? fill(OV_EN['ui.map.region'], { name: c.nameEn || c.name, value: fill(OV_EN['ui.oversight.dash.volume_value'], { n: '6' }) })
        : fill(OV_EN['ui.map.outside'], { name: c.nameEn || c.name }))));
      await saveScreenshot(page, `dashboard-${size}-en`);
    } catch (err) {
      failed = t.name;
      throw err;
    } finally {
      await crowd.close(failed);
      await server.stop();
    }
  });
}
