// What the web app costs its users: the size of every file the browser downloads
// (raw, gzip -9, brotli q11) and the median of 5 cold loads to the first interactive
// frame (window.huicai.ready) in headless Chromium, with the requests and bytes on
// the wire by then, for the app and for an empty Dear ImGui + SQLite shell built in
// the same run, with their ratio.
//   node bench/web_size_and_load.mjs     (make bench)
// Env: HUICAI_WWW (the app's www folder, default build/web/www), HUICAI_SERVE,
// HUICAI_WEB_BUILD (the Emscripten build folder holding www-empty/, default the www
// folder's parent), BENCH_RUNS (default 5).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildEmptyShell, webBuildDir } from './empty_shell.mjs';
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';
import { repoRoot, wwwDir } from '../tests/e2e/lib/paths.mjs';
import { startServer } from '../tests/e2e/lib/server.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const READY_TIMEOUT_MS = 60_000;

const fmt = (n) => n.toLocaleString('en-US');
const rel = (p) => path.relative(repoRoot, p) || '.';

function printTable(headers, rows, alignLeft = [0]) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (alignLeft.includes(i)
    ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

// Every file under `dir` except the precompressed .br/.gz siblings of another file.
function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!(/\.(br|gz)$/.test(e.name) && existsSync(p.replace(/\.(br|gz)$/, '')))) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

function sizes(dir) {
  return listFiles(dir).map((file) => {
    const buf = readFileSync(file);
    return {
      name: path.relative(dir, file),
      raw: buf.length,
      gzip: zlib.gzipSync(buf, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(buf, { params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length,
    };
  });
}

function printSizes(title, dir, list) {
  console.log(`\n${title}: ${rel(dir)}`);
  const total = list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
  printTable(['file', 'raw B', 'gzip -9 B', 'brotli q11 B'],
    [...list.map((f) => [f.name, fmt(f.raw), fmt(f.gzip), fmt(f.brotli)]),
      ['total', fmt(total.raw), fmt(total.gzip), fmt(total.brotli)]]);
  return total;
}

// Records, inside the page, the moment window.huicai.ready is set to true (the app
// sets it right after its first frame's draw calls, the shell likewise; performance.now():
// milliseconds since the navigation started) and which files had been loaded by then
// (what the app fetches after its first frame is not counted). The moment is taken at the
// assignment itself: a check once per animation frame would see it a frame late, after
// whatever the page's next frame does, which is not the same work for the two pages.
const READY_PROBE = `(() => {
  const mark = () => {
    if (window.__benchReadyAt !== undefined) return;
    window.__benchReadyAt = performance.now();
    window.__benchLoaded = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];
  };
  const watch = (page) => {
    if (!page || typeof page !== 'object') return page;
    if (page.ready === true) { mark(); return page; }
    let ready = page.ready;
    Object.defineProperty(page, 'ready', { configurable: true, enumerable: true,
      get: () => ready, set: (v) => { ready = v; if (v === true) mark(); } });
    return page;
  };
  let current;
  Object.defineProperty(window, 'huicai', { configurable: true, get: () => current, set: (v) => { current = watch(v); } });
})();`;

// One cold load: a new browser on a fresh profile. Resolves to {ms, bytes, requests}:
// milliseconds to the first frame, and the bytes on the wire (bodies as sent, plus
// headers) of the requests the page had finished by then.
async function coldLoad(url) {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const errors = [];
    const transfers = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('requestfinished', (req) => transfers.push({ url: req.url(), bytes: req.sizes()
      .then((sz) => sz.responseBodySize + sz.responseHeadersSize).catch(() => 0) }));
    await page.addInitScript(READY_PROBE);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchReadyAt !== undefined, null,
      { timeout: READY_TIMEOUT_MS, polling: 50 }).catch((e) => {
      throw new Error(`${url}: not ready in ${READY_TIMEOUT_MS} ms${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}: ${e.message}`);
    });
    const { ms, loaded } = await page.evaluate(() => ({ ms: window.__benchReadyAt, loaded: window.__benchLoaded }));
    const before = new Set(loaded);
    const finished = transfers.filter((t) => before.has(t.url));
    const bytes = (await Promise.all(finished.map((t) => t.bytes))).reduce((a, b) => a + b, 0);
    return { ms, bytes, requests: finished.length };
  } finally {
    await browser.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measureLoads(root, pathAndQuery) {
  const server = await startServer({ root });
  try {
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push(await coldLoad(`${server.url}${pathAndQuery}`));
    return times;
  } finally {
    await server.stop();
  }
}

async function main() {
  const www = wwwDir();
  if (!existsSync(path.join(www, 'index.html'))) {
    console.error(`bench: the web app is not built: ${www}/index.html is missing ` +
      `(run 'make web', or point HUICAI_WWW at a www folder)`);
    return 2;
  }
  const shellDir = buildEmptyShell(webBuildDir());

  const appTotal = printSizes('app', www, sizes(www));
  const shellTotal = shellDir ? printSizes('empty ImGui + SQLite shell', shellDir, sizes(shellDir)) : null;
  if (shellTotal) {
    console.log('');
    printTable(['total bytes', 'app', 'empty shell', 'app / shell'],
      ['raw', 'gzip', 'brotli'].map((k) => [k, fmt(appTotal[k]), fmt(shellTotal[k]),
        `${(appTotal[k] / shellTotal[k]).toFixed(2)}x`]));
  }

  let status = shellDir ? 0 : 1;
  try {
    const loads = [['app', await measureLoads(www, '/')]];
    if (shellDir) loads.push(['empty shell', await measureLoads(shellDir, '/')]);
    console.log(`\ncold load to the first interactive frame (window.huicai.ready), ms, ` +
      `headless Chromium with SwiftShader WebGL2, fresh profile each run:`);
    const ms = (runs) => runs.map((r) => r.ms);
    printTable(['page', ...loads[0][1].map((_, i) => `run ${i + 1}`), 'median', 'requests', 'wire bytes (median)'],
      loads.map(([name, runs]) => [name, ...runs.map((r) => r.ms.toFixed(0)), median(ms(runs)).toFixed(0),
        String(runs[0].requests), fmt(median(runs.map((r) => r.bytes)))]));
    if (loads.length === 2) {
      console.log(`app / empty shell (median): ${(median(ms(loads[0][1])) / median(ms(loads[1][1]))).toFixed(2)}x`);
    }
  } catch (err) {
    console.error(`\nbench: the browser part failed: ${err.message}`);
    status = 1;
  }
  if (!shellDir) console.error('bench: the empty shell was not built, so there is no baseline to compare with');
  return status;
}

process.exitCode = await main();
