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

// The widget `query` (a label or a query) finds, scrolling the content to it when it
// is out of view: from where it is, then from the top down.
export async function reveal(page, query) {
  const q = typeof query === 'string' ? { label: query } : query;
  const look = async () => { await settled(page); return (await findAllWidgets(page, q))[0]; };
  let w = await look();
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

// Waits until a text `pred` accepts is drawn somewhere on the screen, looking through
// the whole screen (seekText) again until `timeoutMs` has passed; resolves to it.
export async function waitForTextAnywhere(page, pred, { timeoutMs = 15_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = await seekText(page, pred);
    if (hit) return hit;
    if (Date.now() > deadline) return waitForText(page, pred, { timeoutMs: 1 }); // fails with what is drawn
  }
}

// The first drawn text `pred` accepts, scrolling from the top to the bottom of the
// screen in steps; undefined when there is none.
export async function seekText(page, pred) {
  const test = typeof pred === 'string' ? (s) => s.includes(pred) : pred;
  await scrollContent(page, -10_000);
  for (let i = 0; i < 30; i += 1) {
    await settled(page);
    const hit = (await visibleTexts(page)).find(test);
    if (hit) return hit;
    await scrollContent(page, 300);
  }
  return undefined;
}
