// A picture of every screen the app has, in both languages at a desk's size and in
// Chinese at a phone's, saved under build/artifacts/ as <route>-zh, <route>-en and
// <route>-phone-zh (e.g. window-services-zh.png). The screens come from the app's own
// route table (window.huicai.routes()), so a screen added later is covered without
// touching this test. Each is opened against the real server (pinned to a working
// day) by someone who may see it: role screens by the first demo account whose role
// passes the screen's gate, the demo by a browser in the demo mode, the others by a
// browser that has not signed in (the outbox by a signed-in talent). One browser
// context per person is reused for all its screens and sizes. Every screen must draw
// its heading, must not look blank, and no page may throw (S6.1.1, S4.2). Over what
// each screen drew (the widget map): no text is smaller than the body size but
// captions, no label or text shows an internal code (a basis id such as direct.2, a
// command's name, an untranslated message key), and on the phone no control is
// smaller than a finger (44×44 CSS px). Over Chromium's accessibility tree (CDP
// Accessibility.getFullAXTree): each heading the screen drew is a heading, each
// control is a node of its role with its label as its name and its state (checked,
// pressed, selected, expanded, disabled, invalid), a radio button is in a radio group,
// a tab in a tab list, a list's row in a list box, and no control of the tree is
// without a name (S4.1).
import test from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { artifactsDir } from './lib/paths.mjs';
import { withApp } from './lib/fixture.mjs';
import { CHROMIUM, CHROMIUM_ARGS, PHONE, appState, openApp } from './lib/browser.mjs';
import { colourStats, saveFailureScreenshots, saveScreenshot } from './lib/artifacts.mjs';
import { readJson } from './lib/demo_flow.mjs';
import { LANG_BUTTON } from './lib/labels.mjs';
import { signIn } from './lib/people.mjs';
import { clickWidget, moveMouseAway, poll, settled, visibleTexts } from './lib/widgets.mjs';

const TODAY = '2026-11-02';
const DESK = { width: 1440, height: 900 };
const UI = { zh: readJson('i18n', 'ui.zh-CN.json'), en: readJson('i18n', 'ui.en.json') };
const COMMANDS = Object.keys(readJson('i18n', 'workflow.en.json'))
  .filter((k) => k.startsWith('workflow.command.')).map((k) => k.slice('workflow.command.'.length));
// What a person must never read: ids and names the code uses.
const INTERNAL = [
  /\b(direct|review|evaluation)\.\d+\b/,                    // a basis id
  /\b(ui|workflow|error|catalog)\.[a-z0-9_]+\.[a-z0-9_.]+/, // a message key without its text
  new RegExp(`\\b(${COMMANDS.join('|')})\\b`),           // a command's name
];
const BODY_EM = 16;
const CAPTION_EM = 13;
const TOUCH = 44;
// The role screens are tried with these accounts in turn; the first whose role the
// screen accepts takes its pictures.
const ROLE_LOGINS = ['talent.t1', 'e1.admin', 'e1.specialist', 'jinan.window', 'dept.science', 'agency.permit', 'admin'];
// Screens that are not a role's but show more to someone signed in.
const SIGNED_IN = { '#/outbox': 'talent.t1' };
const DEMO = '#/demo';

// "#/window/services" → "window-services".
const routeName = (hash) => hash.replace(/^#\//, '').replace(/\//g, '-');
// The text a role gate draws, in both languages: what comes before "{role}".
const GATE = Object.values(UI).map((t) => t['ui.demo.other_role'].split('{role}')[0]);
const gated = async (page) => (await visibleTexts(page)).some((s) => GATE.some((g) => s.startsWith(g)));

async function headings(page) {
  return page.evaluate(() => window.huicai.headings());
}

// While a signed-in user's workspace loads, a role screen draws only this heading.
const LOADING = new Set(Object.values(UI).map((t) => t['ui.work.title']));
const drewHeading = async (page, role) => {
  const h = await headings(page);
  return h.length > 0 && !(role && h.every((s) => LOADING.has(s)));
};

// Opens `hash` and waits until the app reached it, drew its heading (a role screen:
// not only the loading one) and stopped drawing.
async function open(page, hash, role = false) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await poll(async () => (await appState(page)).route === hash, async () =>
    `${hash} not reached: the app is on ${(await appState(page)).route}`, 15_000);
  await moveMouseAway(page);
  await poll(() => drewHeading(page, role), async () =>
    `${hash} drew no heading; texts: ${JSON.stringify((await visibleTexts(page)).slice(0, 30))}`, 15_000);
  await settled(page, 2_000);
}

async function setLanguage(page, lang) {
  await open(page, '#/settings');
  await clickWidget(page, LANG_BUTTON[lang]);
  await poll(async () => (await appState(page)).lang === lang, `the language did not switch to ${lang}`);
}

// What the screen drew that breaks the design rules, as lines for the report.
async function designFaults(page, name, phone) {
  const faults = [];
  const drawn = await page.evaluate(() => window.huicai.textStyles());
  for (const [text, style, em] of drawn) {
    const least = style === 'caption' ? CAPTION_EM : BODY_EM;
    if (em + 0.25 < least) faults.push(`${name}: "${text}" is ${em} px (${style})`);
    const code = INTERNAL.find((re) => re.test(text));
    if (code) faults.push(`${name}: "${text}" shows an internal code (${code})`);
  }
  if (phone) {
    for (const w of await page.evaluate(() => window.huicai.widgets())) {
      const { w: width, h: height } = w.full ?? w; // an item half scrolled out of view counts whole
      if (width + 0.5 < TOUCH || height + 0.5 < TOUCH) faults.push(`${name}: control "${w.label}" is ${Math.round(width)}×${Math.round(height)} px`);
    }
  }
  return faults;
}

// The roles Chromium gives the mirror's elements, by the widget map's role, and the
// group each must be in.
const AX_ROLE = {
  button: 'button', toggle: 'button', textbox: 'textbox', password: 'textbox', checkbox: 'checkbox',
  combobox: 'combobox', radio: 'radio', tab: 'tab', link: 'link', option: 'option',
};
const AX_GROUP = { radio: 'radiogroup', tab: 'tablist', option: 'listbox' };
const CONTROL_ROLES = new Set(Object.values(AX_ROLE));
const cdpSessions = new WeakMap();

// A node's state as the tree has it: checked, pressed, selected, expanded, disabled, invalid.
function axState(n) {
  const p = Object.fromEntries((n.properties ?? []).map((q) => [q.name, q.value?.value]));
  const on = (v) => v === true || v === 'true';
  return {
    checked: on(p.checked), pressed: on(p.pressed), selected: on(p.selected),
    expanded: p.expanded === undefined ? undefined : on(p.expanded),
    disabled: on(p.disabled), invalid: p.invalid !== undefined && p.invalid !== 'false',
  };
}

// What the widget map says of `w`'s state, in the tree's terms.
function wantState(w) {
  const want = { disabled: !!w.disabled, invalid: !!w.invalid };
  if (w.role === 'checkbox' || w.role === 'radio') want.checked = w.role === 'radio' ? !!w.selected : !!w.checked;
  if (w.role === 'toggle') want.pressed = !!w.selected;
  if (w.role === 'button' && w.checked !== undefined) want.pressed = w.checked;
  if (w.role === 'tab' || w.role === 'option') want.selected = !!w.selected;
  if (w.role === 'combobox') want.expanded = !!w.expanded;
  return want;
}

// What the screen's accessibility tree lacks or gets wrong, as lines for the report.
// A frame drawn between reading the tree and reading the widget map (the top bar's
// "Syncing…" turning back into "Sync now" as a background sync ends) is a change, not
// a fault: a fault is what both still disagree on after 3 s of reading them again.
async function a11yFaults(page, name) {
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.context().newCDPSession(page));
  const deadline = Date.now() + 3_000;
  for (;;) {
    const { nodes } = await cdpSessions.get(page).send('Accessibility.getFullAXTree');
    const faults = treeFaults(nodes, await page.evaluate(() => window.huicai.widgets()), await headings(page), name);
    if (!faults.length || Date.now() > deadline) return faults;
    await page.waitForTimeout(100);
  }
}

// What the accessibility tree `nodes` lacks of the frame's `widgets` and `headings`.
function treeFaults(nodes, widgets, headings, name) {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  // The nearest ancestor that is not a mere container.
  const groupOf = (n) => {
    for (let p = byId.get(n.parentId); p; p = byId.get(p.parentId)) {
      const role = p.role?.value;
      if (!p.ignored && role !== 'generic' && role !== 'none' && role !== 'group') return role;
    }
    return null;
  };
  const named = new Map(); // "role|name" → the tree's nodes
  const faults = [];
  for (const n of nodes) {
    if (n.ignored) continue;
    const role = n.role?.value, label = String(n.name?.value ?? '').trim();
    const key = `${role}|${label}`;
    named.set(key, [...(named.get(key) ?? []), n]);
    if (CONTROL_ROLES.has(role) && !label) faults.push(`${name}: a ${role} without a name`);
  }
  for (const w of widgets) {
    const role = AX_ROLE[w.role];
    const found = role ? named.get(`${role}|${w.label.trim()}`) : null;
    if (!role) { faults.push(`${name}: control "${w.label}" has the unknown role ${w.role}`); continue; }
    if (!found) { faults.push(`${name}: control "${w.label}" is no ${role} of the accessibility tree`); continue; }
    const want = wantState(w);
    const same = (n) => Object.entries(want).every(([k, v]) => axState(n)[k] === v);
    if (!found.some(same))
      faults.push(`${name}: control "${w.label}" (${role}) should be ${JSON.stringify(want)}, the tree has ${JSON.stringify(axState(found[0]))}`);
    if (AX_GROUP[w.role] && !found.some((n) => groupOf(n) === AX_GROUP[w.role]))
      faults.push(`${name}: the ${role} "${w.label}" is not in a ${AX_GROUP[w.role]} (in ${groupOf(found[0])})`);
  }
  for (const h of headings)
    if (!named.has(`heading|${h.trim()}`)) faults.push(`${name}: heading "${h}" is no heading of the accessibility tree`);
  return faults;
}

// Saves the picture and checks it has the screen's heading and is not blank; adds
// what breaks the design rules to `faults`.
async function snap(page, { hash, role }, name, lang, faults = []) {
  await open(page, hash, role);
  faults.push(...await designFaults(page, name, page.viewportSize().width < 700));
  faults.push(...await a11yFaults(page, name));
  assert.ok(!(await gated(page)), `${name}: the screen is not for this role`);
  assert.equal((await appState(page)).lang, lang, `${name} is not in ${lang}`);
  const { png, path } = await saveScreenshot(page, name);
  const stats = colourStats(png);
  assert.ok(stats.distinct >= 8 && stats.dominantShare < 0.99, `${path} looks blank`);
  return path;
}

test('screens: a picture of every screen of the route table in zh and en at 1440×900 and in zh at 390×844 [S4.2]', async (t) => {
  await withApp(t, { open: false, serverArgs: ['--today', TODAY] }, async ({ server }) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const people = new Map(); // who → {context, app}
    let failed = true;
    const person = async (who) => {
      if (people.has(who)) return people.get(who);
      const context = await browser.newContext({ viewport: DESK, locale: 'zh-CN' });
      await context.clock.install({ time: new Date(`${TODAY}T04:00:00Z`) });
      const hash = who === 'demo' ? DEMO : who === 'guest' ? '#/catalog' : '#/login';
      const app = await openApp(context, server.url, { hash });
      if (who !== 'demo' && who !== 'guest') {
        await signIn(app.page, who, null);
        await poll(async () => (await appState(app.page)).route !== '#/login', `${who} did not sign in`, 20_000);
      }
      const p = { context, app };
      people.set(who, p);
      return p;
    };
    try {
      // The screens, from the app.
      const guest = await person('guest');
      const routes = await guest.app.page.evaluate(() => window.huicai.routes());
      assert.ok(Array.isArray(routes) && routes.length >= 10, `the app lists ${JSON.stringify(routes)}`);
      const hashes = routes.map((r) => r.hash);
      assert.equal(new Set(hashes).size, hashes.length, 'a route is listed twice');

      // Who sees each screen: found in Chinese at the desk size.
      const owner = new Map(); // route → who
      for (const route of routes) {
        const { hash, role } = route;
        if (hash === DEMO) { owner.set(route, 'demo'); continue; }
        if (!role) { owner.set(route, SIGNED_IN[hash] ?? 'guest'); continue; }
        for (const login of ROLE_LOGINS) {
          const { app } = await person(login);
          await open(app.page, hash, true);
          if (!(await gated(app.page))) { owner.set(route, login); break; }
        }
        assert.ok(owner.has(route), `no demo account may see ${hash}`);
      }

      // Per person: every screen of theirs in zh, then en, at 1440×900; then zh at 390×844.
      const saved = [];
      const faults = [];
      const byPerson = new Map();
      for (const [route, who] of owner) byPerson.set(who, [...(byPerson.get(who) ?? []), route]);
      for (const [who, list] of byPerson) {
        const { app } = await person(who);
        const { page } = app;
        for (const r of list) saved.push(await snap(page, r, `${routeName(r.hash)}-zh`, 'zh-CN', faults));
        await setLanguage(page, 'en');
        for (const r of list) saved.push(await snap(page, r, `${routeName(r.hash)}-en`, 'en', faults));
        await setLanguage(page, 'zh-CN');
        await page.setViewportSize(PHONE);
        for (const r of list) saved.push(await snap(page, r, `${routeName(r.hash)}-phone-zh`, 'zh-CN', faults));
        await page.setViewportSize(DESK);
        app.assertNoPageErrors();
      }
      assert.equal(saved.length, routes.length * 3);
      // Every fault goes to build/artifacts/design-faults.txt; the message shows the first.
      writeFileSync(path.join(artifactsDir(), 'design-faults.txt'), faults.join('\n') + '\n');
      assert.equal(faults.length, 0, `${faults.length} design faults (build/artifacts/design-faults.txt):\n${faults.slice(0, 40).join('\n')}`);
      t.diagnostic(`${saved.length} screenshots of ${routes.length} screens: ${[...owner].map(([r, w]) => `${r.hash} (${w})`).join(', ')}`);
      failed = false;
    } finally {
      if (failed) for (const [who, p] of people) await saveFailureScreenshots(p.context, `${t.name}-${who}`).catch(() => {});
      await browser.close().catch(() => {});
    }
  });
});
