// The dashboard's map of Shandong (issue 15; S8.1.2), drawn by the app's own shaders
// (shaders/map_*) in real Chromium on the static demo host, as the province's window:
// with no task finished, Jinan's on-time rate is drawn as no data (a grey hatch), its
// volume as the legend's colour at Jinan's value (the map and the legend share one
// ramp; static_demo.test.mjs sees the colour follow a card issued); hovering Qingdao
// names it; a click on Jinan shows its counties and the back button the province, in
// English by their English names (and a count of one in the singular beside it); a
// lost and restored WebGL context keeps the map; at a phone's size the map is there
// with all 16 cities, and Jinan's counties are all items though not every name is
// printed. Screenshots in zh and en under build/artifacts/ (dashboard-map-*.png).
import test from 'node:test';
import assert from 'node:assert/strict';
import { saveScreenshot } from './lib/artifacts.mjs';
import {
  cityLabel, fillPoint, LEGEND_PREFIX, near, OV, pixel, regionItems, regionOnRamp, showMap,
} from './lib/map.mjs';
import { withStaticApp } from './lib/static_fixture.mjs';
import { fill, readJson, UI } from './lib/demo_flow.mjs';
import { reveal } from './lib/scrolling.mjs';
import { LANG_BUTTON } from './lib/labels.mjs';
import { clickAt, clickWidget, findWidget, moveMouseAway, nextFrames, poll, settled, visibleTexts } from './lib/widgets.mjs';

test('dashboard map: Jinan in the legend\'s colour, hover, drill down and back, context loss, phone, zh and en [S8.1.2]', async (t) => {
  await withStaticApp(t, { hash: '#/dashboard' }, async ({ app }) => {
    const { page } = app;
    await clickWidget(page, await reveal(page, fill(UI['ui.demo.act_as'], 'role', UI['ui.demo.role.window_province'])));
    await showMap(page);
    const jinanQuery = { contains: cityLabel('zh', '济南市') };
    await findWidget(page, jinanQuery);
    await moveMouseAway(page);
    await settled(page);
    assert.equal((await regionItems(page, 'zh')).length, 16, 'the province\'s 16 cities are items of the map');
    await saveScreenshot(page, 'dashboard-map-zh');

    // No task is finished yet: the on-time rate has no data, drawn as a grey hatch, not
    // as the ramp's colour of 0 %.
    const bar = await findWidget(page, { contains: LEGEND_PREFIX.zh });
    const legendAt = (t0) => pixel(page, bar.x + Math.min(bar.w - 1, Math.max(1, bar.w * t0)), bar.y + bar.h / 2);
    let jinan = await findWidget(page, jinanQuery);
    assert.ok(jinan.label.includes(OV.zh['ui.oversight.dash.no_data']), jinan.label);
    const hatch = await pixel(page, fillPoint(jinan).x, fillPoint(jinan).y);
    assert.ok(Math.max(...hatch) - Math.min(...hatch) <= 12, `no data is not grey: ${hatch}`);
    assert.ok(!near(hatch, await legendAt(0), 20), `no data looks like 0 %: ${hatch}`);

    // By volume: Jinan's pixel is the legend's colour at Jinan's place on the ramp.
    const volume = await regionOnRamp(page, '济南市', 'ui.oversight.dash.by_volume');
    assert.ok(near(volume.got, volume.legend, 14), `Jinan (${volume.label}) is ${volume.got}, the legend at ${volume.t0} is ${volume.legend}`);
    assert.ok(!near(volume.got, hatch, 4), 'Jinan\'s colour did not change with its value');

    // Hovering Qingdao's land names it.
    const qingdao = await findWidget(page, { contains: cityLabel('zh', '青岛市') });
    const q = fillPoint(qingdao);
    await page.mouse.move(q.x, q.y);
    await poll(async () => (await visibleTexts(page)).some((s) => s.startsWith('青岛市：')),
      async () => `no tooltip for Qingdao; texts: ${JSON.stringify((await visibleTexts(page)).slice(-12))}`);

    // The WebGL context is lost and comes back: the map is drawn again.
    jinan = await findWidget(page, jinanQuery);
    await moveMouseAway(page);
    await settled(page);
    const before = await pixel(page, fillPoint(jinan).x, fillPoint(jinan).y);
    await page.evaluate(() => new Promise((resolve) => {
      const gl = document.getElementById('canvas').getContext('webgl2');
      const ext = gl.getExtension('WEBGL_lose_context');
      document.getElementById('canvas').addEventListener('webglcontextrestored', () => resolve(), { once: true });
      ext.loseContext();
      setTimeout(() => ext.restoreContext(), 50);
    }));
    await nextFrames(page);
    await settled(page);
    await poll(async () => near(await pixel(page, fillPoint(jinan).x, fillPoint(jinan).y), before, 3),
      async () => `after the context came back Jinan is ${await pixel(page, fillPoint(jinan).x, fillPoint(jinan).y)}, was ${before}`);

    // A click on Jinan's land shows its counties; the back button the province.
    await clickAt(page, fillPoint(jinan).x, fillPoint(jinan).y);
    await findWidget(page, { contains: '历下区：' });
    await findWidget(page, { contains: '莱芜区：' });
    await moveMouseAway(page);
    await settled(page);
    await saveScreenshot(page, 'dashboard-map-jinan-zh');
    await clickWidget(page, await findWidget(page, OV.zh['ui.map.back']));
    await findWidget(page, { contains: cityLabel('zh', '青岛市') });

    // English.
    await clickWidget(page, await findWidget(page, LANG_BUTTON.en));
    await showMap(page, 'en');
    await poll(async () => (await regionItems(page, 'en')).length === 16, 'the map in English has 16 cities');
    await moveMouseAway(page);
    await settled(page);
    await saveScreenshot(page, 'dashboard-map-en');
    // A count of one in the singular: the satisfaction rows beside the map.
    const shown = await visibleTexts(page);
    for (const n of ['1', '2']) {
      const row = fill(OV.en[n === '1' ? 'ui.oversight.dash.stars.one' : 'ui.oversight.dash.stars'], 'n', n);
      assert.ok(shown.includes(row), `"${row}" is not on screen: ${JSON.stringify(shown)}`);
    }
    assert.ok(!shown.includes('1 stars'));
    // Jinan's counties by their English names (assets/regions.json).
    const jinanEn = await findWidget(page, { contains: cityLabel('en', 'Jinan') });
    await clickAt(page, fillPoint(jinanEn).x, fillPoint(jinanEn).y);
    const counties = readJson('regions.json').cities.find((c) => c.code === '370100').counties
      .filter((c) => !/开发区$/.test(c.name)); // the high-tech zone: a marker, named in its tooltip
    assert.ok(counties.length >= 12 && counties.every((c) => /^[A-Z][A-Za-z' -]+$/.test(c.nameEn)),
      `Jinan's counties have English names: ${counties.map((c) => c.nameEn)}`);
    for (const c of counties) await findWidget(page, { contains: cityLabel('en', c.nameEn) });
    await moveMouseAway(page);
    await settled(page);
    await saveScreenshot(page, 'dashboard-map-jinan-en');
    await clickWidget(page, await findWidget(page, OV.en['ui.map.back']));
    await findWidget(page, { contains: cityLabel('en', 'Qingdao') });

    // A phone's size: the map with its 16 cities.
    await clickWidget(page, await findWidget(page, LANG_BUTTON['zh-CN']));
    await page.setViewportSize({ width: 390, height: 844 });
    await showMap(page);
    await poll(async () => (await regionItems(page, 'zh')).length === 16, 'the map on a phone has 16 cities');
    const phoneJinan = await findWidget(page, jinanQuery);
    const p = fillPoint(phoneJinan);
    const onPhone = await pixel(page, p.x, p.y);
    assert.ok(!near(onPhone, [255, 255, 255], 3), `Jinan on a phone is blank: ${onPhone}`);
    await saveScreenshot(page, 'dashboard-map-phone-zh');

    // Jinan's counties on a phone, in English: names that would run into each other are
    // left out, the larger region's kept, and every county is still an item.
    await clickWidget(page, await findWidget(page, LANG_BUTTON.en));
    await showMap(page, 'en');
    const phoneJinanEn = await findWidget(page, { contains: cityLabel('en', 'Jinan') });
    await clickWidget(page, phoneJinanEn); // its name: a tap on a name is a tap on its region
    for (const c of counties) await findWidget(page, { contains: cityLabel('en', c.nameEn) });
    await moveMouseAway(page);
    await settled(page);
    await saveScreenshot(page, 'dashboard-map-jinan-phone-en');
  });
});
