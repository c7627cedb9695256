// The dashboard's map against the tile grid it replaced, in headless Chromium on the
// static demo host, as the province's window at 1280x800: frame time while the mouse
// moves over the map (or the grid; ?map=0 keeps the grid), measured around App::frame
// (window.huicai.frameTimes). Once as CPU time, once with ?finish=1, where each drawn
// frame ends with glFinish, so its time includes the GPU's work (Chromium's GPU is
// SwiftShader here: the GPU's work is CPU time of the GPU process). Prints median and
// p95 of each and the ratios map / grid, and the mesh's size on the wire (brotli).
// Benchmarks print figures; they assert nothing about speed.
//   node bench/map_frame.mjs     (make bench)
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, watchPage, waitForReady } from '../tests/e2e/lib/browser.mjs';
import { wwwDir } from '../tests/e2e/lib/paths.mjs';
import { startStaticServer } from '../tests/e2e/lib/static_server.mjs';
import { fill, UI } from '../tests/e2e/lib/demo_flow.mjs';
import { OV } from '../tests/e2e/lib/map.mjs';
import { clickWidget, findAllWidgets, findWidget, nextFrames, settled } from '../tests/e2e/lib/widgets.mjs';

const MOVES = Number(process.env.BENCH_MAP_MOVES || 150);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] : NaN;
};
const median = (xs) => quantile(xs, 0.5);

// Frame times while the mouse moves over the middle of the dashboard's map (or grid).
async function frames(context, base, { map, finish }) {
  const page = await context.newPage();
  const state = watchPage(page);
  await page.goto(`${base}/?testmap=1${finish ? '&finish=1' : ''}${map ? '' : '&map=0'}#/dashboard`, { waitUntil: 'load' });
  await waitForReady(page, state, 60_000);
  const actAs = fill(UI['ui.demo.act_as'], 'role', UI['ui.demo.role.window_province']);
  if ((await findAllWidgets(page, { label: actAs })).length) await clickWidget(page, actAs);
  // The grid's tiles or the map's regions are drawn: the heading above both.
  await findWidget(page, { contains: '济南市：' }, { timeoutMs: 30_000 });
  if (map) await findWidget(page, OV.zh['ui.map.area'], { timeoutMs: 30_000 });
  await settled(page);
  const heading = (await page.evaluate(() => window.huicai.laidOut())).find((r) => r.text === OV.zh['ui.oversight.dash.map']);
  const x = heading.x + 300, y = heading.y + 220;
  await page.evaluate(() => { window.huicai.frameTimes = []; });
  for (let i = 0; i < MOVES; i++) {
    await page.mouse.move(x + (i % 2 ? 60 : -60), y + (i % 3) * 20);
    await nextFrames(page);
  }
  await sleep(200);
  const times = await page.evaluate(() => { const t = window.huicai.frameTimes; window.huicai.frameTimes = undefined; return t; });
  await page.close();
  return times;
}

function meshBytes() {
  const dir = wwwDir();
  const name = readdirSync(dir).find((f) => /^shandong\.[0-9a-f]+\.hcmap$/.test(f));
  if (!name) return null;
  const size = (f) => statSync(path.join(dir, f)).size;
  return { raw: size(name), br: size(`${name}.br`), gz: size(`${name}.gz`) };
}

async function main() {
  const host = await startStaticServer();
  const browser = await launchBrowser();
  try {
    const rows = [];
    for (const finish of [false, true]) {
      const grid = await frames(browser.context, host.url, { map: false, finish });
      const map = await frames(browser.context, host.url, { map: true, finish });
      rows.push({ finish, grid, map });
    }
    console.log(`\nthe dashboard's map against the tile grid (ms per frame, ${MOVES} mouse moves over it, 1280x800, headless Chromium):`);
    for (const { finish, grid, map } of rows) {
      const what = finish ? 'CPU + GPU (glFinish each frame)' : 'CPU (around App::frame)';
      console.log(`  ${what.padEnd(32)} grid median ${median(grid).toFixed(3)} p95 ${quantile(grid, 0.95).toFixed(3)} (${grid.length} frames); ` +
        `map median ${median(map).toFixed(3)} p95 ${quantile(map, 0.95).toFixed(3)} (${map.length} frames); ` +
        `ratio map / grid: median ${(median(map) / median(grid)).toFixed(2)}x, p95 ${(quantile(map, 0.95) / quantile(grid, 0.95)).toFixed(2)}x`);
    }
    const bytes = meshBytes();
    if (bytes) console.log(`the map's mesh on the wire: ${bytes.br} bytes brotli (${bytes.gz} gzip, ${bytes.raw} raw), fetched when the dashboard first opens`);
    return 0;
  } catch (err) {
    console.error(`bench: map frame failed: ${err.message}`);
    return 1;
  } finally {
    await browser.close();
    await host.stop();
  }
}

process.exitCode = await main();
