// The app used with the keyboard alone and read through Chromium's accessibility tree
// (CDP Accessibility.getFullAXTree), as a screen reader reads it: which control has
// focus, and the names the tree holds. Nothing here looks at the widget map.
import { poll, settled } from './widgets.mjs';

const sessions = new WeakMap();

async function cdp(page) {
  if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
  return sessions.get(page);
}

// The tree's nodes that assistive technology sees.
export async function axNodes(page) {
  const { nodes } = await (await cdp(page)).send('Accessibility.getFullAXTree');
  return nodes.filter((n) => !n.ignored);
}

const isFocused = (n) => n.properties?.some((p) => p.name === 'focused' && p.value.value);

const property = (n, name) => n.properties?.find((p) => p.name === name)?.value.value;
// What a screen reader says of a control: its name, role, value, state and description.
const STATES = ['checked', 'pressed', 'selected', 'expanded', 'disabled', 'invalid', 'modal'];
function said(n) {
  const parts = [String(n.name?.value ?? ''), n.role?.value];
  if (n.value?.value) parts.push(`value "${n.value.value}"`);
  for (const s of STATES) {
    const v = property(n, s);
    if (v !== undefined && v !== false && v !== 'false') parts.push(v === true || v === 'true' ? s : `${s} ${v}`);
    else if (v !== undefined && (s === 'checked' || s === 'expanded' || s === 'pressed')) parts.push(`not ${s}`);
  }
  if (n.description?.value) parts.push(`"${n.description.value}"`);
  return parts.join(', ');
}
const control = (n) => ({ role: n.role?.value, name: String(n.name?.value ?? ''), value: String(n.value?.value ?? ''),
  expanded: property(n, 'expanded'), node: n.backendDOMNodeId, said: said(n) });

// What was announced to a person on `page`, a line per step (keys pressed and the control
// reached, alerts, texts read), for the report.
const transcripts = new WeakMap();
export function transcript(page) {
  if (!transcripts.has(page)) transcripts.set(page, []);
  return transcripts.get(page);
}

// The control with focus as {role, name, value, expanded, node} (node: its DOM node's id), or null.
export async function focused(page) {
  const hits = (await axNodes(page)).filter((n) => n.role?.value !== 'RootWebArea' && isFocused(n));
  return hits.length ? control(hits[hits.length - 1]) : null;
}

// Waits until the tree has a control named `name` whose {role, name, value} satisfies `pred`.
export async function waitForAxControl(page, name, pred, { timeoutMs = 15_000 } = {}) {
  const find = async () => (await axNodes(page)).map(control).filter((c) => c.name === name);
  return poll(async () => (await find()).find(pred),
    async () => `no control ${JSON.stringify(name)} as wanted within ${timeoutMs} ms; found: ${JSON.stringify(await find())}`, timeoutMs);
}

const describe = (f) => (f ? `${f.role} "${f.name}"` : 'nothing');

// Presses `key` (Playwright's names: 'Tab', 'Shift+Tab', 'Enter', 'Space', 'Escape',
// 'ArrowDown') and resolves once focus has moved, or, when it stays, once the app has
// drawn what the key did.
export async function press(page, key) {
  const before = await focused(page);
  await page.keyboard.press(key);
  const moved = await poll(async () => {
    const now = await focused(page);
    return now && (!before || now.node !== before.node) ? now : null;
  }, '', 1_500).catch(() => null);
  if (!moved) await settled(page);
}

// Presses Tab (Shift+Tab when `back`) until the focused control's name is `want` (or
// satisfies it, a function of {role, name}); fails naming what it passed.
export async function tabTo(page, want, { back = false, max = 150 } = {}) {
  const test = typeof want === 'function' ? want : (f) => f.name === want;
  const passed = [];
  for (let i = 0; ; i++) {
    const f = await focused(page);
    if (f && test(f)) {
      transcript(page).push(`${back ? 'Shift+Tab' : 'Tab'} ×${i} → ${f.said}`);
      return f;
    }
    passed.push(describe(f));
    if (i === max) break;
    await press(page, back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${typeof want === 'string' ? JSON.stringify(want) : want} not reached by ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses; ` +
    `passed: ${passed.slice(-40).join(', ')}`);
}

// Tabs to the control and presses Enter: what a keyboard user does to press a button.
export async function activate(page, name, opts) {
  const f = await tabTo(page, name, opts);
  await press(page, 'Enter');
  transcript(page).push('Enter');
  return f;
}

// Every name in the tree (texts, headings, controls).
export async function axTexts(page) {
  return (await axNodes(page)).map((n) => String(n.name?.value ?? '')).filter(Boolean);
}

// Waits until a name of the tree satisfies `pred` (a string: contains it).
export async function waitForAxText(page, pred, { timeoutMs = 15_000 } = {}) {
  const test = typeof pred === 'string' ? (s) => s.includes(pred) : pred;
  const read = async () => {
    const found = (await axTexts(page)).find(test);
    if (found) transcript(page).push(`reads "${found}"`);
    return found;
  };
  return poll(read,
    async () => `the accessibility tree holds no ${typeof pred === 'string' ? JSON.stringify(pred) : pred} within ${timeoutMs} ms; ` +
      `it holds: ${JSON.stringify((await axTexts(page)).slice(0, 80))}`, timeoutMs);
}

// True when an alert of the tree (an assertive live region) says `text`.
export async function spokenAlert(page, text) {
  const nodes = await axNodes(page);
  const spoken = nodes.some((n) => n.role?.value === 'alert' && (String(n.name?.value ?? '').includes(text) ||
    nodes.some((c) => n.childIds?.includes(c.nodeId) && String(c.name?.value ?? '').includes(text))));
  if (spoken) transcript(page).push(`alert: "${text}"`);
  return spoken;
}
