// The frame of a browser test of the app on a plain static host (lib/static_server.mjs,
// no /api): the host and a fresh browser profile, the app opened on the given route,
// screenshots of every tab when the test fails, everything stopped afterwards. Like
// withApp (lib/fixture.mjs) but without the server, for the demo mode, which needs none.
import { launchBrowser, openApp } from './browser.mjs';
import { clearFailureScreenshots, saveFailureScreenshots } from './artifacts.mjs';
import { startStaticServer } from './static_server.mjs';

// Runs `fn({host, browser, app})`; options: hash, viewport, locale, hasTouch, deviceScaleFactor.
export async function withStaticApp(t, { hash = '', viewport, locale, hasTouch, deviceScaleFactor } = {}, fn) {
  clearFailureScreenshots(t.name);
  const host = await startStaticServer();
  let browser = null;
  let app = null;
  try {
    browser = await launchBrowser({ viewport, locale, hasTouch, deviceScaleFactor });
    app = await openApp(browser.context, host.url, { hash });
    await fn({ host, browser, app });
    app.assertNoPageErrors();
  } catch (err) {
    if (browser) await saveFailureScreenshots(browser.context, t.name);
    if (app && app.state.consoleErrors.length && err instanceof Error) {
      err.message += `\nconsole errors:\n${app.state.consoleErrors.join('\n')}`;
    }
    throw err;
  } finally {
    if (browser) await browser.close();
    await host.stop();
  }
}
