// Frame CPU time of the window's review queue and idle frames of every main screen, in
// headless Chromium against the real server:
//  1. The county window's queue with N synthetic applications (?bench=queue&n=N, the
//     demo mode in memory): a filter typed character by character with real keyboard
//     events (and erased again with Backspace), every frame's CPU time recorded
//     (window.huicai.frameTimes, measured around App::frame); the same while only the
//     mouse moves over the queue; and an empty frame: mouse moves over the settings
//     screen; and the same mouse moves over the empty Dear ImGui + SQLite shell
//     (bench/empty_shell, the same frame timer around its frame). Prints median and p95
//     of each, the settings / shell and typing / shell ratios and the typing / empty
//     ratio. The typing
//     again with the accessibility mirror off (?a11y=0, the widget map off too): the
//     ratio of mirror on to off is what the mirror costs while a person types.
//  2. Frames rendered (window.huicai.frames) over 5 idle seconds on each main screen:
//     the catalogue, an item and every named route of src/app/route.cpp (expected 0).
// Benchmarks print figures; they assert nothing about speed.
//   node bench/frame_time.mjs     (make bench)
// Env: HUICAI_WWW, HUICAI_SERVE (see tests/e2e/lib/paths.mjs), BENCH_QUEUE_N (default
// 100000), BENCH_IDLE_MS (default 5000), BENCH_ROUNDS (filter typings, default 3).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildEmptyShell } from './empty_shell.mjs';
import { launchBrowser, watchPage, waitForReady } from '../tests/e2e/lib/browser.mjs';
import { repoRoot } from '../tests/e2e/lib/paths.mjs';
import { startServer } from '../tests/e2e/lib/server.mjs';
import { startStaticServer } from '../tests/e2e/lib/static_server.mjs';
import { findWidget, nextFrames, waitForText } from '../tests/e2e/lib/widgets.mjs';

const N = Number(process.env.BENCH_QUEUE_N || 100_000);
const IDLE_MS = Number(process.env.BENCH_IDLE_MS || 5_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const FILTER = 'CA-Q0012'; // narrows 100k rows step by step to CA-Q001200 … CA-Q001299
const FILTER_HINT = '按姓名或申请编号筛选';
const LOAD_TIMEOUT_MS = 120_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function printTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

// The named routes of src/app/route.cpp's kNamed table, so new screens are counted too.
function namedRoutes() {
  const src = readFileSync(path.join(repoRoot, 'src/app/route.cpp'), 'utf8');
  const table = /kNamed\[\]\s*=\s*\{([\s\S]*?)\};/.exec(src);
  if (!table) return [];
  return [...table[1].matchAll(/\{\s*Screen::\w+\s*,\s*"([^"]+)"\s*\}/g)].map((m) => m[1]);
}

async function open(context, url) {
  const page = await context.newPage();
  const state = watchPage(page);
  await page.goto(url, { waitUntil: 'load' });
  await waitForReady(page, state, LOAD_TIMEOUT_MS);
  return { page, state };
}

const startRecording = (page) => page.evaluate(() => { window.huicai.frameTimes = []; });
const stopRecording = (page) => page.evaluate(() => {
  const t = window.huicai.frameTimes || [];
  window.huicai.frameTimes = undefined;
  return t;
});

// Moves the mouse back and forth over (x, y) ± 40 px, one move per page frame.
async function wiggle(page, x, y, moves) {
  for (let i = 0; i < moves; i++) {
    await page.mouse.move(x + (i % 2 ? 40 : -40), y + (i % 3) * 5);
    await nextFrames(page);
  }
}

async function queueFrames(browser, base, { mirror = true } = {}) {
  const url = `${base}/?bench=queue&n=${N}${mirror ? '' : '&a11y=0'}#/window`;
  // The filter field's place, from a load with the widget map on.
  const mapped = await open(browser.context, `${base}/?testmap=1&bench=queue&n=${N}#/window`);
  await waitForText(mapped.page, (t) => t.includes(String(N)), { timeoutMs: LOAD_TIMEOUT_MS });
  const field = await findWidget(mapped.page, FILTER_HINT, { timeoutMs: LOAD_TIMEOUT_MS });
  await mapped.page.close();

  const started = Date.now();
  const { page } = await open(browser.context, url);
  const loadMs = Date.now() - started;
  await sleep(500);
  const fx = field.x + field.w / 2, fy = field.y + field.h / 2;
  await page.mouse.click(fx, fy);
  await sleep(300);

  await startRecording(page);
  for (let round = 0; round < ROUNDS; round++) {
    for (const ch of FILTER) {
      await page.keyboard.type(ch);
      await sleep(60);
    }
    for (let i = 0; i < FILTER.length; i++) {
      await page.keyboard.press('Backspace');
      await sleep(60);
    }
  }
  await sleep(300);
  const typing = await stopRecording(page);

  await page.mouse.move(fx, fy + 200);
  await sleep(300);
  await startRecording(page);
  await wiggle(page, fx, fy + 200, 120);
  await sleep(300);
  const hover = await stopRecording(page);
  await page.close();
  return { loadMs, typing, hover };
}

async function emptyFrames(browser, base) {
  const { page } = await open(browser.context, `${base}/#/settings`);
  await sleep(500);
  await startRecording(page);
  await wiggle(page, 900, 600, 120);
  await sleep(300);
  const times = await stopRecording(page);
  await page.close();
  return times;
}

// The empty shell's frames under the same mouse moves (null when it could not be built).
async function shellFrames(browser) {
  const dir = buildEmptyShell();
  if (!dir) return null;
  const server = await startStaticServer({ root: dir });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.huicai && window.huicai.ready === true, null, { timeout: LOAD_TIMEOUT_MS });
    await sleep(500);
    await startRecording(page);
    await page.evaluate(() => { window.huicai.uiTimes = []; });
    await wiggle(page, 900, 600, 120);
    await sleep(300);
    const times = await stopRecording(page);
    const ui = await page.evaluate(() => window.huicai.uiTimes);
    await page.close();
    return { times, ui };
  } finally {
    await server.stop();
  }
}

async function idleFrames(browser, base) {
  const routes = ['catalog', 'catalog/A13', ...namedRoutes()];
  const { page } = await open(browser.context, `${base}/#/catalog`);
  const out = [];
  for (const route of routes) {
    await page.evaluate((h) => { location.hash = h; }, `#/${route}`);
    await page.mouse.move(1, 1);
    await sleep(1_500); // the frames that follow navigation and input settle
    const f0 = await page.evaluate(() => window.huicai.frames);
    await sleep(IDLE_MS);
    const f1 = await page.evaluate(() => window.huicai.frames);
    const shown = await page.evaluate(() => window.huicai.route);
    out.push([`#/${route}`, shown, f1 - f0]);
  }
  await page.close();
  return out;
}

async function main() {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const q = await queueFrames(browser, server.url);
    const bare = await queueFrames(browser, server.url, { mirror: false });
    const empty = await emptyFrames(browser, server.url);
    const shell = await shellFrames(browser);
    console.log(`\nframe CPU time (ms, around App::frame), headless Chromium, 1280x800; the county window's ` +
      `queue with ${N.toLocaleString('en-US')} applications (loaded in ${q.loadMs} ms):`);
    const row = (name, t) => [name, String(t.length), median(t).toFixed(3), quantile(t, 0.95).toFixed(3),
      Math.max(...t).toFixed(3)];
    printTable(['frames of', 'frames', 'median', 'p95', 'max'], [
      row(`queue, typing "${FILTER}" and erasing it (x${ROUNDS})`, q.typing),
      row('queue, mouse moves only', q.hover),
      row(`queue, typing, accessibility mirror off`, bare.typing),
      row('empty: settings, mouse moves only', empty),
      ...(shell ? [row('empty ImGui + SQLite shell, mouse moves only', shell.times),
        row('  the same, before its GL calls', shell.ui)] : []),
    ]);
    if (shell) {
      const vs = (t, base) => `median ${(median(t) / median(base)).toFixed(2)}x, p95 ${(quantile(t, 0.95) / quantile(base, 0.95)).toFixed(2)}x`;
      console.log(`ratio settings / shell: ${vs(empty, shell.times)} (against the shell before its GL calls: ${vs(empty, shell.ui)})`);
      console.log(`ratio queue typing / shell: ${vs(q.typing, shell.times)} (before its GL calls: ${vs(q.typing, shell.ui)})`);
    }
    console.log(`ratio typing / empty: median ${(median(q.typing) / median(empty)).toFixed(2)}x, ` +
      `p95 ${(quantile(q.typing, 0.95) / quantile(empty, 0.95)).toFixed(2)}x`);
    console.log(`ratio typing with the accessibility mirror / without: median ` +
      `${(median(q.typing) / median(bare.typing)).toFixed(2)}x, p95 ${(quantile(q.typing, 0.95) / quantile(bare.typing, 0.95)).toFixed(2)}x`);

    const idle = await idleFrames(browser, server.url);
    console.log(`\nframes rendered over ${IDLE_MS / 1000} idle seconds on each main screen (expected 0):`);
    printTable(['screen', 'route shown', 'frames'], idle);
    const busy = idle.filter((r) => r[2] !== 0);
    console.log(busy.length ? `screens drawing while idle: ${busy.map((r) => r[0]).join(', ')}`
      : 'no screen draws while idle');
    return 0;
  } catch (err) {
    console.error(`bench: frame time failed: ${err.message}`);
    return 1;
  } finally {
    await browser.close();
    await server.stop();
  }
}

process.exitCode = await main();
