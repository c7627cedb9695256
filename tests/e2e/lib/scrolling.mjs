// Pressing and reading controls on a screen longer than the viewport: the content
// is scrolled with the mouse wheel until the control (or text) is drawn, then the
// control is brought to the middle so that what is drawn under it is in view too.
import { DESKTOP } from './browser.mjs';
import {
  clickWidget, findAllWidgets, findWidget, imeType, moveMouseAway, pinyinSteps, settled, typeText, visibleTexts, waitForText,
  wheelAt,
} from './widgets.mjs';

// Scrolls the content by `dy` pixels with the mouse wheel (a large value: to an end).
export async function scrollContent(page, dy) {
  const { width, height } = page.viewportSize() ?? DESKTOP;
  await wheelAt(page, dy, { x: width / 2, y: height / 2 });
  await moveMouseAway(page);
}

// Every text and labelled item of the last frame with its place, in view or scrolled
// out (window.huicai.laidOut()).
const laidOut = (page) => page.evaluate(() => window.huicai.laidOut());

// Scrolls the content until the laid-out record `pick(records)` chooses is in view, in
// as few wheel turns as its distance needs. Resolves to true when it is in view, false
// when there is no such record or the wheel does not bring it (a list of its own, one
// drawn only near the view): the caller then looks the slow way.
async function scrollToLaidOut(page, pick) {
  const { height } = page.viewportSize() ?? DESKTOP;
  let lastY;
  for (let i = 0; i < 6; i += 1) {
    await settled(page);
    const r = pick(await laidOut(page));
    if (!r) return false;
    if (r.visible && r.y >= 0 && r.y + r.h <= height) return true;
    if (lastY !== undefined && Math.abs(r.y - lastY) < 1) return r.visible;
    lastY = r.y;
    await scrollContent(page, Math.round(r.y + r.h / 2 - height / 2));
  }
  return false;
}

const laidOutMatch = (q) => (r) => r.item && (q.label !== undefined ? r.text === q.label : q.contains !== undefined && String(r.text).includes(q.contains));

// The widget `query` (a label or a query) finds, scrolling the content to it when it
// is out of view: straight to where the last frame laid it out, else from where it is,
// then from the top down.
export async function reveal(page, query) {
  const q = typeof query === 'string' ? { label: query } : query;
  const look = async () => { await settled(page); return (await findAllWidgets(page, q))[0]; };
  let w = await look();
  if (!w && q.id === undefined && await scrollToLaidOut(page, (all) => all.find(laidOutMatch(q)))) w = await look();
  for (let i = 0; !w && i < 40; i += 1) {
    if (i === 8) await scrollContent(page, -10_000);
    else await scrollContent(page, 200);
    w = await look();
  }
  if (!w) return findWidget(page, q);
  const { height } = page.viewportSize();
  if (w.y > height * 0.6 || w.y < 0) {
    await scrollContent(page, Math.round(w.y - height / 2));
    w = (await look()) ?? w;
  }
  return w;
}

// Presses the control `query` finds, wherever it is on the screen.
export async function press(page, query) {
  await clickWidget(page, await reveal(page, query));
  await moveMouseAway(page);
}

// Clicks a field (by its hint, or a query) and types `text`: through the input method
// when `pinyin` is given, as keys otherwise.
export async function typeInto(page, query, text, pinyin) {
  await clickWidget(page, await reveal(page, query));
  if (pinyin) await imeType(page, pinyinSteps(pinyin, text), text);
  else await typeText(page, text);
  await waitForText(page, (s) => s === text);
}

// Waits until a text `pred` accepts is drawn somewhere on the screen: scrolls to it as
// soon as a frame lays it out, and looks through the whole screen (seekText) once
// more before giving up after `timeoutMs`; resolves to it.
export async function waitForTextAnywhere(page, pred, { timeoutMs = 15_000 } = {}) {
  const test = typeof pred === 'string' ? (s) => s.includes(pred) : pred;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = await seekLaidOut(page, test);
    if (hit) return hit;
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return (await seekText(page, pred)) ?? waitForText(page, pred, { timeoutMs: 1 }); // fails with what is drawn
}

// The drawn text `test` accepts after scrolling to where the last frame laid it out;
// undefined when no frame laid it out or the wheel does not bring it into view.
async function seekLaidOut(page, test) {
  if (!await scrollToLaidOut(page, (all) => all.find((r) => !r.item && test(String(r.text))) ?? all.find((r) => test(String(r.text))))) return undefined;
  return (await visibleTexts(page)).find(test);
}

// The first drawn text `pred` accepts, straight from where it is laid out, else by
// scrolling from the top to the bottom of the screen in steps; undefined when there
// is none.
export async function seekText(page, pred) {
  const test = typeof pred === 'string' ? (s) => s.includes(pred) : pred;
  const laid = await seekLaidOut(page, test);
  if (laid) return laid;
  await scrollContent(page, -10_000);
  for (let i = 0; i < 30; i += 1) {
    await settled(page);
    const hit = (await visibleTexts(page)).find(test);
    if (hit) return hit;
    await scrollContent(page, 300);
  }
  return undefined;
}
