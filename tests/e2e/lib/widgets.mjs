// Drives the canvas app through its test map (?testmap=1): finds widgets by label or
// id in window.huicai.widgets(), clicks them with real mouse events at their centre,
// types with the keyboard, and types Chinese through the input-method events a real
// IME produces (DevTools Input.imeSetComposition steps, then Input.insertText).
const POLL_MS = 50;
const DEFAULT_TIMEOUT_MS = 5_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const widgets = (page) => page.evaluate(() => window.huicai.widgets());
export const visibleTexts = (page) => page.evaluate(() => window.huicai.visibleTexts());
export const catalogRows = (page) => page.evaluate(() => window.huicai.catalogRows());

function matches(w, query) {
  if (query.id !== undefined && w.id !== query.id) return false;
  if (query.label !== undefined && w.label !== query.label) return false;
  if (query.contains !== undefined && !String(w.label).includes(query.contains)) return false;
  return true;
}

function describe(query) {
  return JSON.stringify(query);
}

// Polls until `cond()` returns a truthy value, which it returns; throws `message()`
// after `timeoutMs`.
export async function poll(cond, message, timeoutMs = DEFAULT_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await cond();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(typeof message === 'function' ? await message() : message);
    await sleep(POLL_MS);
  }
}

// Every widget matching `query` ({label} exact, {contains} substring, {id}), sorted
// top to bottom then left to right. Does not wait.
export async function findAllWidgets(page, query) {
  const all = await widgets(page);
  return all.filter((w) => matches(w, query)).sort((a, b) => a.y - b.y || a.x - b.x);
}

// The first widget (top-most) matching `query`, waiting until one is drawn.
// `query` may be a string, meaning {label: query}.
export async function findWidget(page, query, { timeoutMs = DEFAULT_TIMEOUT_MS, minCount = 1 } = {}) {
  const q = typeof query === 'string' ? { label: query } : query;
  const found = await poll(async () => {
    const list = await findAllWidgets(page, q);
    return list.length >= minCount ? list : null;
  }, async () => `no widget ${describe(q)} drawn within ${timeoutMs} ms; labels drawn: ` +
    JSON.stringify((await widgets(page)).map((w) => w.label)), timeoutMs);
  return found[0];
}

// Waits until no widget matches `query`.
export async function waitForWidgetGone(page, query, { timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
  const q = typeof query === 'string' ? { label: query } : query;
  await poll(async () => (await findAllWidgets(page, q)).length === 0,
    `widget ${describe(q)} still drawn after ${timeoutMs} ms`, timeoutMs);
}

// Waits until some drawn text satisfies `pred` (a string means "contains it").
export async function waitForText(page, pred, { timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
  const test = typeof pred === 'string' ? (s) => s.includes(pred) : pred;
  return poll(async () => (await visibleTexts(page)).find(test),
    async () => `no drawn text ${typeof pred === 'string' ? JSON.stringify(pred) : pred} within ${timeoutMs} ms; ` +
      `texts: ${JSON.stringify((await visibleTexts(page)).slice(0, 80))}`, timeoutMs);
}

// Waits until `text` is drawn, perhaps wrapped over several lines: the drawn texts
// joined, spaces left out, contain it.
export async function waitForWrappedText(page, text, { timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
  const squeeze = (s) => s.replace(/\s+/g, '');
  await poll(async () => squeeze((await visibleTexts(page)).join('')).includes(squeeze(text)),
    async () => `no drawn text ${JSON.stringify(text)}, wrapped or not, within ${timeoutMs} ms; ` +
      `texts: ${JSON.stringify((await visibleTexts(page)).slice(0, 80))}`, timeoutMs);
}

// Waits until no drawn text contains `text`.
export async function waitForTextGone(page, text, { timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
  await poll(async () => !(await visibleTexts(page)).some((s) => s.includes(text)),
    `text ${JSON.stringify(text)} still drawn after ${timeoutMs} ms`, timeoutMs);
}

// True when `text` is drawn, as a text or as a widget label (a hint may be either).
export async function isShown(page, text) {
  const [texts, ws] = await Promise.all([visibleTexts(page), widgets(page)]);
  return texts.some((s) => s.includes(text)) || ws.some((w) => String(w.label).includes(text));
}

// Resolves after two animation frames of the page (whether or not the app draws).
export const nextFrames = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

// A real click at (x, y): move there, let a frame pass so that the app sees the
// hover, press, let a frame pass, release.
export async function clickAt(page, x, y) {
  await page.mouse.move(x, y);
  await nextFrames(page);
  await page.mouse.down();
  await nextFrames(page);
  await page.mouse.up();
  await nextFrames(page);
}

export const centre = (w) => ({ x: w.x + w.w / 2, y: w.y + w.h / 2 });

// Resolves once the app has drawn no frame for two animation frames of the page, so
// that the widget map is the layout the user sees: keys typed a moment ago may still
// be spread over the next frames (ImGui trickles a key's down, text and up), and a
// line that appears or goes (an error under a field) moves what is below it. Gives
// up after `timeoutMs` (a blinking caret keeps drawing), which is then good enough.
export async function settled(page, timeoutMs = 1_000) {
  const deadline = Date.now() + timeoutMs;
  let last = await page.evaluate(() => window.huicai.frames);
  for (;;) {
    await nextFrames(page);
    const now = await page.evaluate(() => window.huicai.frames);
    if (now === last || Date.now() > deadline) return;
    last = now;
  }
}

// Turns the mouse wheel by `dy` pixels with the pointer at (x, y) (default: the
// viewport's middle) and resolves once the app has drawn the scrolled content.
export async function wheelAt(page, dy, at) {
  const vp = page.viewportSize();
  const p = at ?? { x: vp.width / 2, y: vp.height / 2 };
  await page.mouse.move(p.x, p.y);
  await page.mouse.wheel(0, dy);
  await settled(page);
}

// Clicks a widget (an object from findWidget) or the widget a query finds once the
// app has settled.
export async function clickWidget(page, widgetOrQuery, opts) {
  const given = widgetOrQuery && typeof widgetOrQuery === 'object' && 'w' in widgetOrQuery;
  if (!given) await settled(page);
  const w = given ? widgetOrQuery : await findWidget(page, widgetOrQuery, opts);
  const c = centre(w);
  await clickAt(page, c.x, c.y);
  return w;
}

// Moves the mouse to a corner of the viewport so that nothing is hovered.
export async function moveMouseAway(page) {
  await page.mouse.move(1, 1);
  await nextFrames(page);
}

// Resolves once the app has taken every input event it was sent: Dear ImGui takes a
// key's down, text and up in separate frames, so keys typed faster than a loaded
// machine draws wait in its queue (window.huicai.input()).
export async function inputTaken(page, timeoutMs = 20_000) {
  await poll(async () => ((await page.evaluate(() => window.huicai.input())).pending ?? 0) === 0,
    'the app did not take the input it was sent', timeoutMs);
}

// Types ASCII text key by key, once the press that focused the field was taken, and
// waits until the app has taken every key.
export async function typeText(page, text) {
  await inputTaken(page);
  await page.keyboard.type(text, { delay: 20 });
  await nextFrames(page);
  await inputTaken(page);
}

// Types like a Chinese input method: the composition grows through `steps` (e.g.
// "c", "ch", "chu", …, then the candidate "出入境"), then `commit` is inserted,
// which ends the composition. Without `commit` the composition is left open.
export async function imeType(page, steps, commit) {
  await inputTaken(page);
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const text of steps) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      await sleep(30);
    }
    if (commit != null) await cdp.send('Input.insertText', { text: commit });
  } finally {
    await cdp.detach().catch(() => {});
  }
  await nextFrames(page);
  await inputTaken(page);
}

// The composition steps of typing `pinyin` letter by letter, then the candidate.
export function pinyinSteps(pinyin, candidate) {
  const steps = [];
  for (let i = 1; i <= pinyin.length; i++) steps.push(pinyin.slice(0, i));
  steps.push(candidate);
  return steps;
}
