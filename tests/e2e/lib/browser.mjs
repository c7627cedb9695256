// Debian's Chromium driven by playwright-core, set up the way WEB.md found to work
// here (software WebGL2 through SwiftShader, no network chatter), each launch with
// its own profile folder so that a test can close the browser and relaunch it on
// the same profile. openApp() loads the app with the test map on, waits for its
// first frame and records console and page errors; page errors fail the test.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM = process.env.HUICAI_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
// The app's narrow (phone) layout below this width in CSS pixels (ui/theme.h kNarrowWidth).
export const NARROW_WIDTH = 700;
const READY_TIMEOUT_MS = 30_000;

// A persistent browser context on `userDataDir` (a fresh temporary one unless
// given), in the browser language `locale` (navigator.language, Accept-Language;
// the app's first language follows it; default zh-CN, the people it serves). Resolves to {context, userDataDir, close()}: close() shuts the browser
// and, when the profile folder was made here and `keepProfile` is false, removes it.
export async function launchBrowser({ userDataDir, viewport = DESKTOP, locale = 'zh-CN', keepProfile = false, hasTouch = false,
  deviceScaleFactor } = {}) {
  const ownProfile = !userDataDir;
  const dir = userDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'huicai-e2e-profile-'));
  const screen = { width: Math.max(1920, viewport.width * 2), height: Math.max(1200, viewport.height * 2) };
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    screen,
    locale,
    hasTouch, // a touch screen as well: page.touchscreen taps send touch pointer events
    ...(deviceScaleFactor ? { deviceScaleFactor } : {}), // device pixels per CSS pixel (a phone's 3)
  });
  return {
    context,
    userDataDir: dir,
    async close() {
      await context.close().catch(() => {});
      if (ownProfile && !keepProfile) rmSync(dir, { recursive: true, force: true });
    },
    removeProfile() { rmSync(dir, { recursive: true, force: true }); },
  };
}

// The app URL for a server base URL: the test map on, then the hash route.
export function appUrl(baseUrl, hash = '') {
  return `${baseUrl}/?testmap=1${hash}`;
}

// Watches a page: console errors and page errors (uncaught exceptions), and every
// response (url, status, content-type).
export function watchPage(page) {
  const state = { consoleErrors: [], pageErrors: [], responses: [] };
  page.on('console', (msg) => { if (msg.type() === 'error') state.consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => state.pageErrors.push(String(err && err.stack || err)));
  page.on('response', (res) => state.responses.push({
    url: res.url(), status: res.status(), contentType: res.headers()['content-type'] || '' }));
  return state;
}

// Waits for window.huicai.ready, failing early with the error when the page throws.
export async function waitForReady(page, state, timeoutMs = READY_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (state.pageErrors.length) {
      throw new Error(`page error before the first frame:\n${state.pageErrors.join('\n')}`);
    }
    const ready = await page.evaluate(() => !!(window.huicai && window.huicai.ready === true)).catch(() => false);
    if (ready) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`window.huicai.ready not true after ${timeoutMs} ms; console errors:\n` +
    state.consoleErrors.join('\n'));
}

// The blank tab a persistent context opens with, until a test uses it.
const usedPages = new WeakSet();
function unusedStartPage(context) {
  return context.pages().find((p) => !usedPages.has(p) && p.url() === 'about:blank') ?? null;
}

// An app tab: the browser's blank start tab or a new page in `context` on `baseUrl` + `hash`, ready to drive.
// Resolves to {page, state, response, assertNoPageErrors()}.
export async function openApp(context, baseUrl, { hash = '', page } = {}) {
  const p = page ?? unusedStartPage(context) ?? await context.newPage();
  usedPages.add(p);
  const state = watchPage(p);
  const response = await p.goto(appUrl(baseUrl, hash), { waitUntil: 'load' });
  await waitForReady(p, state);
  return {
    page: p,
    state,
    response,
    assertNoPageErrors() {
      if (state.pageErrors.length) throw new Error(`page errors:\n${state.pageErrors.join('\n')}`);
    },
  };
}

// Reloads an app tab and waits for its first frame again.
export async function reloadApp(app) {
  await app.page.reload({ waitUntil: 'load' });
  await waitForReady(app.page, app.state);
}

// Reads the always-present state of the app: frames, route, lang, readOnly, persisted.
export function appState(page) {
  return page.evaluate(() => {
    const h = window.huicai;
    return { ready: h.ready, frames: h.frames, route: h.route, lang: h.lang,
      readOnly: h.readOnly, persisted: h.persisted };
  });
}
