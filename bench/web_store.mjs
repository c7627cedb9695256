// What the browser database costs: (1) a pull of 10,000 records in pages of 1,000
// (src/sync/API.md), read as the app reads them (sync::decodePullPageText: each record
// kept as the text it came as) and applied with store::applyPullPage into a fresh
// database, against a raw import of the same rows (one prepared INSERT, one
// transaction) in the same wasm module; (2) one store::commitLocal of an ordinary
// command followed by the save the app does after every change (the blocks written,
// to the real IndexedDB, until durable: web/huicai_storage.js), on a database grown by
// pulls to ~1 MB and to ~50 MB; (3) start-up at 50 MB: the stored blocks read back, as
// the app does before it starts, against the same bytes read from IndexedDB as one
// value; (4) the same SQL workload (bench/web_store/sql_workload.h) in wasm and natively
// (build/bin/bench_sql): what SQLite costs in the browser on this machine. Medians (and
// p95 for the commits) and ratios, in headless Chromium.
//   node bench/web_store.mjs     (make bench)
// Env: HUICAI_WEB_BUILD (the Emscripten build folder, default build/web),
// HUICAI_SERVE, BENCH_PULL_RUNS (default 7), BENCH_COMMITS (default 100 at each
// size), BENCH_NO_BUILD=1 (use the built files as they are).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';
import { repoRoot } from '../tests/e2e/lib/paths.mjs';
import { startServer } from '../tests/e2e/lib/server.mjs';

const RECORDS = 10_000;
const PER_PAGE = 1_000;
const PULL_RUNS = Number(process.env.BENCH_PULL_RUNS || 7);
const COMMITS = Number(process.env.BENCH_COMMITS || 100); // a p95 of 30 would be the second slowest
const SQL_ROWS = 50_000;
const MB = 1024 * 1024;
const SIZES = [
  { label: '1 MB', bytes: 1 * MB, commits: COMMITS },
  { label: '50 MB', bytes: 50 * MB, commits: COMMITS },
];
const READY_TIMEOUT_MS = 30_000;

const rel = (p) => path.relative(repoRoot, p) || '.';
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return lo + 1 < s.length ? s[lo] + (s[lo + 1] - s[lo]) * (pos - lo) : s[lo];
};
const median = (xs) => quantile(xs, 0.5);
const p95 = (xs) => quantile(xs, 0.95);
const ms = (v) => v.toFixed(v < 10 ? 2 : 1);

function printTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
    .join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

// Builds the benchmark's wasm target in `buildDir`; returns its output folder or null.
function buildBench(buildDir) {
  const out = path.join(buildDir, 'bench-web-store');
  if (process.env.BENCH_NO_BUILD === '1') return existsSync(path.join(out, 'web_store.js')) ? out : null;
  if (!existsSync(path.join(buildDir, 'CMakeCache.txt'))) {
    console.error(`bench: ${rel(buildDir)} is not a CMake build folder (run 'make web')`);
    return null;
  }
  const env = { ...process.env, NODE_PATH: process.env.NODE_PATH || '/usr/share/nodejs' };
  const r = spawnSync('cmake', ['--build', buildDir, '--target', 'huicai_web_store_bench', '-j', '2'],
    { env, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`bench: building huicai_web_store_bench failed:\n${(r.stdout || '') + (r.stderr || '')}`);
    return null;
  }
  return existsSync(path.join(out, 'web_store.js')) ? out : null;
}

async function runInBrowser(root) {
  const server = await startServer({ root, checkWww: false });
  const browser = await launchBrowser({ locale: 'en-US' });
  try {
    const page = browser.context.pages()[0] ?? await browser.context.newPage();
    // A page error ends the run at once: one thrown in a callback of the page would leave
    // a promise of the run unsettled, and the run waiting for ever.
    let pageFailed;
    const failed = new Promise((_, reject) => { pageFailed = reject; });
    failed.catch(() => {});
    page.on('pageerror', (e) => pageFailed(new Error(`the benchmark page failed: ${e}`)));
    await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
    await Promise.race([failed, page.waitForFunction(() => window.webStoreBenchReady === true, null,
      { timeout: READY_TIMEOUT_MS, polling: 50 })]).catch((e) => {
      throw new Error(`the benchmark page did not start: ${e.message}`);
    });
    return await Promise.race([failed, page.evaluate((options) => window.webStoreBench(options),
      { records: RECORDS, perPage: PER_PAGE, pullRuns: PULL_RUNS, sizes: SIZES, sqlRows: SQL_ROWS })]);
  } finally {
    await browser.close();
    await server.stop().catch(() => {});
  }
}

function report(r) {
  const p = r.pull;
  console.log(`\nbrowser database: pull of ${p.rows.toLocaleString('en-US')} records in ${p.pages} pages ` +
    `(${(p.pageBytes / MB).toFixed(2)} MB of JSON) into a fresh database vs a raw import of the same rows, ` +
    `${p.pull.length} runs each, ms (wasm in headless Chromium, database in the app's block store):`);
  const rows = [
    ['pull: decodePullPageText + applyPullPage', ...p.pull.map(ms), ms(median(p.pull))],
    ['  of which reading the text', ...p.parse.map(ms), ms(median(p.parse))],
    ['raw import: prepared INSERTs, 1 tx', ...p.raw.map(ms), ms(median(p.raw))],
  ];
  printTable(['', ...p.pull.map((_, i) => `run ${i + 1}`), 'median'], rows);
  console.log(`pull / raw import (median): ${(median(p.pull) / median(p.raw)).toFixed(2)}x; ` +
    `without reading the text: ${((median(p.pull) - median(p.parse)) / median(p.raw)).toFixed(2)}x; ` +
    `pull rate ${Math.round(p.rows / (median(p.pull) / 1000)).toLocaleString('en-US')} records/s`);

  console.log('\nlocal commit (store::commitLocal of one ordinary command) + durable save (its blocks to IndexedDB), ms:');
  printTable(['database', 'file MB', 'commits', 'commit median', 'persist median', 'total median', 'total p95'],
    r.commit.map((c) => [c.label, (c.bytes / MB).toFixed(2), String(c.total.length), ms(median(c.commit)),
      ms(median(c.persist)), ms(median(c.total)), ms(p95(c.total))]));
  if (r.commit.length === 2) {
    const [small, big] = r.commit;
    console.log(`${big.label} / ${small.label}: total median ${(median(big.total) / median(small.total)).toFixed(1)}x, ` +
      `p95 ${(p95(big.total) / p95(small.total)).toFixed(1)}x, commit alone ` +
      `${(median(big.commit) / median(small.commit)).toFixed(1)}x, persist alone ` +
      `${(median(big.persist) / median(small.persist)).toFixed(1)}x`);
  }
  for (const c of r.commit) {
    const slow = c.total.map((v, i) => [v, i + 1]).sort((a, b) => b[0] - a[0]).slice(0, 3);
    console.log(`${c.label}: slowest commits ${slow.map(([v, i]) => `#${i} ${ms(v)} ms (save ${ms(c.persist[i - 1])}, ${c.segments[i - 1]} segments)`).join(', ')}`);
  }
  const big = r.commit[r.commit.length - 1];
  if (big.startup) {
    const st = big.startup;
    console.log(`start-up at ${big.label} (${(st.bytes / MB).toFixed(1)} MB): segments read back into the folder ${ms(st.blocksMs)} ms, ` +
      `the same bytes as one IndexedDB value ${ms(st.blobMs)} ms (${(st.blocksMs / st.blobMs).toFixed(2)}x)`);
  }
  // The same SQL natively (bench_sql, build/bin), beside the wasm figures.
  const nativeBin = path.join(repoRoot, 'build/bin/bench_sql');
  const native = existsSync(nativeBin) ? spawnSync(nativeBin, [String(SQL_ROWS)], { encoding: 'utf8' }) : null;
  const n = native && native.status === 0 ? JSON.parse(native.stdout) : null;
  console.log(`\nthe same SQL in wasm (headless Chromium) and natively, in-memory database, ${SQL_ROWS.toLocaleString('en-US')} rows, ` +
    'median of 5 runs, ms:');
  const phases = [['insert, 1 tx', 'insert'], ['create index', 'index'], ['indexed select x rows/2', 'select'], ['update by key, 1 tx', 'update']];
  printTable(['phase', 'wasm', 'native', 'wasm / native'], phases.map(([name, k]) => {
    const w = median(r.sql[k]);
    return [name, ms(w), n ? ms(n[k]) : '-', n ? `${(w / n[k]).toFixed(2)}x` : '-'];
  }));
  if (n) {
    const w = phases.reduce((a, [, k]) => a + median(r.sql[k]), 0), nt = phases.reduce((a, [, k]) => a + n[k], 0);
    console.log(`all phases: wasm ${ms(w)} ms, native ${ms(nt)} ms: ${(w / nt).toFixed(2)}x`);
  } else {
    console.log('(build/bin/bench_sql is not built: run make native for the native side)');
  }
  console.log(`(set-up, not measured: pages built in ${(p.prepareMs / 1000).toFixed(1)} s; ` +
    r.commit.map((c) => `${c.label} database grown and persisted in ${(c.fillMs / 1000).toFixed(1)} s`).join(', ') + ')');
}

async function main() {
  const buildDir = process.env.HUICAI_WEB_BUILD ? path.resolve(process.env.HUICAI_WEB_BUILD)
    : path.join(repoRoot, 'build/web');
  const out = buildBench(buildDir);
  if (!out) {
    console.error('bench: the browser storage benchmark is not built');
    return 1;
  }
  try {
    report(await runInBrowser(out));
    return 0;
  } catch (err) {
    console.error(`\nbench: the browser storage benchmark failed: ${err.message}`);
    return 1;
  }
}

process.exitCode = await main();
