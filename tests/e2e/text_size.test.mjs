// Larger text (适老化): in the demo on a 390×844 phone, the settings' 200 % text makes
// the body text 32 CSS px, and every control and line that every role's home screen,
// the catalogue and the settings lay out lies inside the screen (each reachable by scrolling,
// none running off its right edge, none drawn over another); the choice is kept after a reload; the sign-in
// screen's larger-text switch toggles 160 % and back. Screenshots are kept under
// build/artifacts/ (text-200-*.png). S4.1: every talent is served, older ones too.
import test from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, appState, reloadApp } from './lib/browser.mjs';
import { withApp } from './lib/fixture.mjs';
import { UI, press, switchRole } from './lib/demo_flow.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { poll, settled } from './lib/widgets.mjs';

const percent = (n) => UI['ui.settings.text_percent'].replace('{n}', String(n));

// The body text's em (CSS px) in the last frame: the most common size drawn.
async function bodyEm(page) {
  const sizes = (await page.evaluate(() => window.huicai.textStyles())).filter(([, style]) => style === 'body').map(([, , em]) => em);
  const counts = new Map();
  for (const em of sizes) counts.set(em, (counts.get(em) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

// What the last frame laid out past the screen's right edge (scrolled out of view
// vertically or not), as lines for the report.
async function offScreen(page) {
  const all = await page.evaluate(() => window.huicai.laidOut());
  return all.filter((r) => r.x < -0.5 || r.x + r.w > PHONE.width + 0.5)
    .map((r) => `"${r.text}" at x ${Math.round(r.x)}, ${Math.round(r.w)} wide`);
}

// Controls drawn over one another (a row that did not wrap), as lines for the report.
async function overlaps(page) {
  const ws = await page.evaluate(() => window.huicai.widgets());
  const out = [];
  for (let i = 0; i < ws.length; i++)
    for (let j = i + 1; j < ws.length; j++) {
      const a = ws[i], b = ws[j];
      const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x), h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (w > 1 && h > 1) out.push(`"${a.label}" and "${b.label}"`);
    }
  return out;
}

async function openScreen(page, hash) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await poll(async () => (await appState(page)).route === hash, `${hash} not reached`);
  await settled(page);
}

test('text size: at 200 % on a phone every role\'s home, the catalogue and the settings fit the screen; the choice survives a reload; the sign-in switch gives 160 % [S4.1]', async (t) => {
  await withApp(t, { hash: '#/demo', viewport: PHONE, hasTouch: true }, async ({ app }) => {
    const { page } = app;
    await openScreen(page, '#/settings');
    const normal = await bodyEm(page);
    assert.ok(normal >= 15.75 && normal <= 16.25, `the body text is ${normal} px at 100 %`);
    await press(page, percent(200), { tap: true });
    await poll(async () => (await bodyEm(page)) >= 31.75, async () => `the body text is ${await bodyEm(page)} px after choosing 200 %`);

    await openScreen(page, '#/demo');
    await switchRole(page, 'talent', '#/talent', { tap: true });
    await settled(page);
    assert.deepEqual(await offScreen(page), [], 'the talent\'s screen at 200 %');
    assert.deepEqual(await overlaps(page), [], 'controls over one another on the talent\'s screen at 200 %');
    await saveScreenshot(page, 'text-200-talent-phone-zh');
    await switchRole(page, 'window_county', '#/window', { tap: true });
    await settled(page);
    assert.deepEqual(await offScreen(page), [], 'the county window\'s queue at 200 %');
    assert.deepEqual(await overlaps(page), [], 'controls over one another on the county window\'s queue at 200 %');
    await saveScreenshot(page, 'text-200-window-phone-zh');
    // Every other role's home, the catalogue and the settings: inside the screen too.
    const others = [['employer_admin', '#/employer'], ['employer_specialist', '#/specialist'], ['window_city', '#/window'],
      ['window_province', '#/window'], ['department', '#/department'], ['handling', '#/handling']];
    for (const [alias, route] of others) {
      await switchRole(page, alias, route, { tap: true });
      await settled(page);
      assert.deepEqual(await offScreen(page), [], `${alias}'s screen at 200 %`);
      assert.deepEqual(await overlaps(page), [], `controls over one another on ${alias}'s screen at 200 %`);
      await saveScreenshot(page, `text-200-${alias}-phone-zh`);
    }
    for (const hash of ['#/catalog', '#/settings']) {
      await openScreen(page, hash);
      assert.deepEqual(await offScreen(page), [], `${hash} at 200 %`);
      assert.deepEqual(await overlaps(page), [], `controls over one another on ${hash} at 200 %`);
      await saveScreenshot(page, `text-200-${hash.slice(2)}-phone-zh`);
    }

    await reloadApp(app);
    await settled(page);
    assert.ok((await bodyEm(page)) >= 31.75, 'the text size is not kept after a reload');

    await openScreen(page, '#/login');
    await press(page, UI['ui.text.larger'], { tap: true });
    await poll(async () => Math.abs((await bodyEm(page)) - 16) < 0.5, async () => `the switch left ${await bodyEm(page)} px, not 16`);
    await press(page, UI['ui.text.larger'], { tap: true });
    // 160 % of 16 px, rounded up to the font's whole pixels.
    await poll(async () => { const em = await bodyEm(page); return em >= 25.5 && em < 27.5; },
      async () => `the switch gave ${await bodyEm(page)} px, not 25.6`);
    await saveScreenshot(page, 'text-160-login-phone-zh');
    app.assertNoPageErrors();
  });
});
