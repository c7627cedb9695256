// A phone for the browser tests: the browser-context options of a 390×844 handset
// (three device pixels per CSS pixel, a touch screen, a mobile viewport, zh-CN), touch
// taps at a widget's centre that first check the widget lies inside the viewport and
// is at least a finger's size, and the check that every control drawn on a screen
// lies inside the viewport and the page does not scroll sideways.
import assert from 'node:assert/strict';
import { PHONE } from './browser.mjs';
import { centre, findWidget, nextFrames, settled, widgets } from './widgets.mjs';

export const PHONE_CONTEXT = { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 3, locale: 'zh-CN' };
export const MIN_TAP = 24; // CSS pixels: the smallest side of a control tapped

const inside = (w, vp) => w.x >= -0.5 && w.y >= -0.5 && w.x + w.w <= vp.width + 0.5 && w.y + w.h <= vp.height + 0.5;
const describe = (w) => `${w.label} ${Math.round(w.x)},${Math.round(w.y)} ${Math.round(w.w)}×${Math.round(w.h)}`;

// Every control drawn on the screen lies inside the viewport's width, and the page
// does not scroll sideways.
export async function fitsPhone(page, where) {
  const vp = page.viewportSize();
  const shown = (await widgets(page)).filter((w) => w.w > 0 && w.h > 0); // only visible ones are published
  assert.ok(shown.length > 0, `no controls on ${where}`);
  const outside = shown.filter((w) => w.x < -0.5 || w.y < -0.5 || w.x + w.w > vp.width + 0.5);
  assert.deepEqual(outside.map(describe), [], `controls outside the ${vp.width} px viewport on ${where}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px on ${where}`);
}

// A tapper: tap(page, labelOrQueryOrWidget) waits for the app to settle, finds the
// widget, checks it lies wholly inside the viewport and is at least MIN_TAP on its
// smaller side, taps its centre and lets two frames pass; `tapped` lists every widget
// tapped.
export function phoneTapper() {
  const tapped = [];
  async function tap(page, target) {
    const given = target && typeof target === 'object' && 'w' in target;
    if (!given) await settled(page);
    const w = given ? target : await findWidget(page, target);
    const vp = page.viewportSize();
    assert.ok(inside(w, vp), `tapped control outside the ${vp.width}×${vp.height} viewport: ${describe(w)}`);
    assert.ok(Math.min(w.w, w.h) >= MIN_TAP, `tapped control smaller than ${MIN_TAP} px: ${describe(w)}`);
    const c = centre(w);
    await page.touchscreen.tap(c.x, c.y);
    await nextFrames(page);
    await nextFrames(page);
    tapped.push(w);
    return w;
  }
  return { tap, tapped };
}
