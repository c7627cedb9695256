// The dashboard's map in a browser test: its items, the colour of a pixel, where a
// region's fill is clear of its name, and a region's colour against the legend's (the
// map and the legend share one ramp).
import { captureRect, decodePng } from './artifacts.mjs';
import { fill, readJson } from './demo_flow.mjs';
import { clickWidget, findAllWidgets, findWidget, moveMouseAway, poll, settled, wheelAt } from './widgets.mjs';

export const OV = { zh: readJson('i18n', 'oversight.zh-CN.json'), en: readJson('i18n', 'oversight.en.json') };
export const DRILLS = { zh: OV.zh['ui.map.drills'], en: OV.en['ui.map.drills'] };
export const LEGEND_PREFIX = { zh: OV.zh['ui.map.legend'].split('{')[0], en: OV.en['ui.map.legend'].split('{')[0] };
export const cityLabel = (lang, name) => fill(OV[lang]['ui.map.region'], 'name', name).split('{value}')[0];

// The colour of one CSS pixel of the page.
export async function pixel(page, x, y) {
  const img = decodePng(await captureRect(page, { x: Math.round(x), y: Math.round(y), w: 1, h: 1 }));
  return [img.data[0], img.data[1], img.data[2]];
}
export const near = (a, b, tol = 10) => a.every((v, i) => Math.abs(v - b[i]) <= tol);

// The regions of the level on show (their items), by the start of their label.
export async function regionItems(page, lang) {
  return (await findAllWidgets(page, { contains: DRILLS[lang] }));
}

// Scrolls the page (the wheel at its left edge, off the map, which the wheel zooms) until
// the map area and the legend under it are in view.
const AREA = { zh: OV.zh['ui.map.area'], en: OV.en['ui.map.area'] };
export async function showMap(page, lang = 'zh') {
  const height = page.viewportSize().height - 48; // above the status bar
  // The mesh arrives a moment after the dashboard opens (正在加载地图… until then).
  await poll(async () => (await page.evaluate(() => window.huicai.laidOut())).some((r) => r.item && r.text === AREA[lang]),
    async () => `no map area laid out: ${JSON.stringify((await page.evaluate(() => window.huicai.laidOut())).map((r) => r.text).slice(0, 40))}`,
    30_000);
  for (let i = 0; i < 8; i += 1) {
    await settled(page);
    const all = await page.evaluate(() => window.huicai.laidOut());
    const area = all.find((r) => r.item && r.text === AREA[lang]);
    if (!area) continue;
    const legend = all.find((r) => r.item && String(r.text).startsWith(LEGEND_PREFIX[lang]));
    const bottom = (legend ? legend.y + legend.h : area.y + area.h + 100) + 8;
    if (area.y >= 0 && bottom <= height) return area;
    await wheelAt(page, Math.round(area.y - 100 - Math.max(0, (height - 100 - (bottom - area.y)) / 2)), { x: 4, y: height / 2 });
  }
  throw new Error('the map could not be scrolled into view');
}

// A point of Jinan's fill clear of its name: just below the name's item (the label
// point is the point of Jinan farthest from its edges).
export const fillPoint = (w) => ({ x: w.x + w.w / 2, y: w.y + w.h + 4 });

// A count's place on the ramp: its figure over the largest of the level (labels
// "济南市：3件，按下查看区县").
export function positionOf(label, all) {
  const value = (l) => Number((l.split(/[：:]/)[1] || '').replace(/[^0-9.]/g, ''));
  const most = Math.max(1, ...all.map((w) => value(w.label)));
  return value(label) / most;
}

// Colours the map by `measureKey` (an i18n key of oversight.*.json) and returns the
// region `name`'s label, its place on the ramp (counts: over the largest), its pixel and
// the legend's pixel at that place.
export async function regionOnRamp(page, name, measureKey, lang = 'zh') {
  await clickWidget(page, await findWidget(page, OV[lang][measureKey]));
  await moveMouseAway(page);
  await settled(page);
  const region = await findWidget(page, { contains: cityLabel(lang, name) });
  const t0 = positionOf(region.label, await regionItems(page, lang));
  const bar = await findWidget(page, { contains: LEGEND_PREFIX[lang] });
  const legend = await pixel(page, bar.x + Math.min(bar.w - 1, Math.max(1, bar.w * t0)), bar.y + bar.h / 2);
  const at = fillPoint(region);
  return { label: region.label, t0, got: await pixel(page, at.x, at.y), legend };
}
