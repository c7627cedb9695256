// What the web app costs its users: the size of every file the browser downloads
// (raw, gzip -9, brotli q11) and the median of 11 loads to the first interactive frame
// (window.huicai.ready) in headless Chromium, with the requests and bytes on the wire
// by then, for the app and for an empty Dear ImGui + SQLite shell built in the same
// run, with their ratio: cold (a new browser each time) and in a running browser (a
// new tab with an empty cache); and where each page's time goes (main() begins, set up,
// first frame).
//   node bench/web_size_and_load.mjs     (make bench)
// Env: HUICAI_WWW (the app's www folder, default build/web/www), HUICAI_SERVE,
// HUICAI_WEB_BUILD (the Emscripten build folder holding www-empty/, default the www
// folder's parent), BENCH_RUNS (default 11: with 5, two runs of one build gave 1.24x
// and 1.68x cold).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildEmptyShell, webBuildDir } from './empty_shell.mjs';
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';
import { repoRoot, wwwDir } from '../tests/e2e/lib/paths.mjs';
import { startServer } from '../tests/e2e/lib/server.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 11);
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

// One load of `url` in `page`, a new tab. Resolves to {ms, bytes, requests, main, init}:
// milliseconds to the first frame, the bytes on the wire (bodies as sent, plus headers)
// of the requests the page had finished by then, and the moments main() began and the
// page's code had set itself up (its performance marks huicai:main and huicai:init).
async function timedLoad(page, url) {
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
  const { ms, loaded, main, init } = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return { ms: window.__benchReadyAt, loaded: window.__benchLoaded, main: at('huicai:main'), init: at('huicai:init') };
  });
  const before = new Set(loaded);
  const finished = transfers.filter((t) => before.has(t.url));
  const bytes = (await Promise.all(finished.map((t) => t.bytes))).reduce((a, b) => a + b, 0);
  return { ms, bytes, requests: finished.length, main, init };
}

// The pages' order in round i: turn about, so that neither always follows the other
// (a load that follows the app's is slowed by its tab ending).
const turns = (n, i) => [...Array(n).keys()].map((k) => (i % 2 ? n - 1 - k : k));
// After a tab in the running browser closes, before the next load (its renderer's end).
const SETTLE_MS = 300;

// Cold loads: a new browser on a fresh profile for each, so each load also pays the
// browser's start (its GPU process among it), which lands on the pages unevenly.
async function coldLoads(urls) {
  const times = urls.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const k of turns(urls.length, i)) {
      const browser = await launchBrowser();
      try {
        times[k].push(await timedLoad(await browser.context.newPage(), urls[k]));
      } finally {
        await browser.close();
      }
    }
  }
  return times;
}

// Loads in a running browser: a new tab for each, after emptying the HTTP cache and
// the page's origin's storage, as a visitor opening the link for the first time; a
// first round of one load each is not counted.
async function warmLoads(urls) {
  const browser = await launchBrowser();
  try {
    const idle = browser.context.pages()[0] ?? await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(idle);
    const times = urls.map(() => []);
    // Round 0 is not counted: a browser's first load of a page pays one-off costs.
    for (let i = 0; i <= RUNS; i++) {
      for (const k of turns(urls.length, i)) {
        await cdp.send('Network.clearBrowserCache');
        await cdp.send('Storage.clearDataForOrigin', { origin: new URL(urls[k]).origin, storageTypes: 'all' });
        const page = await browser.context.newPage();
        try {
          const load = await timedLoad(page, urls[k]);
          if (i > 0) times[k].push(load);
        } finally {
          await page.close();
        }
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS)); // the closed tab's process ends
      }
    }
    return times;
  } finally {
    await browser.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

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
  const servers = [];
  try {
    // The two pages' loads take turns, so that the machine's drift is shared.
    const pages = [['app', www], ...(shellDir ? [['empty shell', shellDir]] : [])];
    for (const [, root] of pages) servers.push(await startServer({ root }));
    const urls = servers.map((server) => `${server.url}/`);
    const ms = (runs) => runs.map((r) => r.ms);
    const report = (title, times) => {
      console.log(`\n${title}`);
      printTable(['page', ...times[0].map((_, i) => `run ${i + 1}`), 'median', 'requests', 'wire bytes (median)'],
        pages.map(([name], k) => [name, ...times[k].map((r) => r.ms.toFixed(0)), median(ms(times[k])).toFixed(0),
          String(times[k][0].requests), fmt(median(times[k].map((r) => r.bytes)))]));
      if (times.length === 2) {
        console.log(`app / empty shell (median): ${(median(ms(times[0])) / median(ms(times[1]))).toFixed(2)}x`);
      }
      // Where each page's time goes: until main() begins (the download, compiling and
      // instantiating the module, the data files), its set-up, then the first frame.
      const shellReady = median(ms(times[times.length - 1]));
      console.log('where the time goes (medians, ms; in brackets: against the empty shell\'s first frame)');
      printTable(['page', 'main() begins', 'set up', 'first frame'],
        pages.map(([name], k) => {
          const at = (key) => median(times[k].map((r) => r[key]));
          const cell = (v) => `${v.toFixed(0)} (${(v / shellReady).toFixed(2)}x)`;
          return [name, cell(at('main')), cell(at('init')), cell(at('ms'))];
        }));
    };
    report('cold load to the first interactive frame (window.huicai.ready), ms, headless Chromium with ' +
      'SwiftShader WebGL2, a new browser on a fresh profile each run:', await coldLoads(urls));
    report('first load in a running browser, ms to the first interactive frame: a new tab each run, ' +
      'the HTTP cache and the origin\'s storage emptied before it:', await warmLoads(urls));
  } catch (err) {
    console.error(`\nbench: the browser part failed: ${err.message}`);
    status = 1;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
  if (!shellDir) console.error('bench: the empty shell was not built, so there is no baseline to compare with');
  return status;
}

process.exitCode = await main();
