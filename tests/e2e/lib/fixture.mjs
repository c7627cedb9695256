// The frame of one browser test: a fresh server (fresh data folder) and a fresh
// browser profile, the app opened on the given route, screenshots of every tab when
// the test fails, and everything stopped afterwards whatever happened. A page error
// (an uncaught exception in the app) fails the test even when its checks passed.
import { launchBrowser, openApp } from './browser.mjs';
import { clearFailureScreenshots, saveFailureScreenshots } from './artifacts.mjs';
import { startServer } from './server.mjs';

// Runs `fn({server, browser, app, relaunch})` for the test context `t`.
// Options: hash (route to open, default none), viewport, locale (the browser's
// language, default zh-CN), hasTouch (a touch screen too), open (false: do not open
// the app, `app` is then null), serverArgs (further server options, e.g. ['--today',
// '2026-11-02']). `relaunch()` closes the browser and starts it again
// on the same profile, returning the new browser handle (the old one is closed).
export async function withApp(t, { hash = '', viewport, locale, hasTouch, open = true, serverArgs = [] } = {}, fn) {
  clearFailureScreenshots(t.name);
  const server = await startServer({ args: serverArgs });
  let browser = null;
  const tabs = [];
  let failed = false;
  try {
    browser = await launchBrowser({ viewport, locale, hasTouch, keepProfile: true });
    const profile = browser.userDataDir;
    const track = (a) => { tabs.push(a); return a; };
    const app = open ? track(await openApp(browser.context, server.url, { hash })) : null;
    const helpers = {
      server,
      get browser() { return browser; },
      app,
      // Another tab in the same browser, tracked for page errors.
      openTab: async (opts = {}) => track(await openApp(browser.context, server.url, opts)),
      relaunch: async () => {
        await browser.context.close();
        browser = await launchBrowser({ userDataDir: profile, viewport, locale, hasTouch, keepProfile: true });
        return browser;
      },
    };
    await fn(helpers);
    for (const a of tabs) a.assertNoPageErrors();
  } catch (err) {
    failed = true;
    if (browser) await saveFailureScreenshots(browser.context, t.name);
    const consoleErrors = tabs.flatMap((a) => a.state.consoleErrors);
    if (consoleErrors.length && err instanceof Error) {
      err.message += `\nconsole errors:\n${consoleErrors.join('\n')}`;
    }
    throw err;
  } finally {
    if (browser) { await browser.close(); browser.removeProfile(); }
    const exit = await server.stop().catch((e) => ({ error: e }));
    if (!failed && exit.error) throw exit.error;
  }
}
