// Offline-first sync in the browser against the real server (issue 4): a talent
// signs in, the server becomes unreachable, the talent changes their name; the change
// is applied at once, counted as pending, and survives a reload; when the server is
// back the pump sends it on its own; a second browser (another person, another
// profile) signed in as the talent's employer specialist then sees the new name.
// The outbox screen lists the pending change while it waits.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withApp } from './lib/fixture.mjs';
import { appState, launchBrowser, openApp, reloadApp } from './lib/browser.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { assetsDir } from './lib/paths.mjs';
import { reveal, waitForTextAnywhere } from './lib/scrolling.mjs';
import {
  clickWidget, imeType, moveMouseAway, nextFrames, pinyinSteps, poll, typeText, visibleTexts, waitForText,
} from './lib/widgets.mjs';

const readJson = (...p) => JSON.parse(readFileSync(path.join(assetsDir(), ...p), 'utf8'));
const UI = readJson('i18n', 'ui.zh-CN.json');
const WF = readJson('i18n', 'workflow.zh-CN.json');
const SEED = readJson('demo_seed.json');
const fill = (pattern, name, value) => pattern.replaceAll(`{${name}}`, value);

async function signIn(page, login) {
  await clickWidget(page, UI['ui.login.account_hint']);
  await typeText(page, login);
  await clickWidget(page, UI['ui.login.password_hint']);
  await typeText(page, SEED.password);
  await page.keyboard.press('Enter');
  await moveMouseAway(page);
}

const pendingText = (n) => fill(UI['ui.status.pending'], 'n', String(n));

test('sync: a change made offline survives a reload, syncs when the server is back and reaches the employer specialist [S7.1] [S6.1.4]', async (t) => {
  await withApp(t, { hash: '#/login' }, async ({ server, app }) => {
    const { page } = app;
    await signIn(page, 'talent.t1');
    await poll(async () => (await appState(page)).route === '#/talent', 'sign-in did not open the talent workspace');
    await waitForTextAnywhere(page, (s) => s === '张明'); // the name field, from the first pull
    await waitForText(page, pendingText(0));

    // The server goes away (every API call fails as when offline).
    await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await clickWidget(page, await reveal(page, UI['ui.talent.name_hint'])); // under the card's application
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await imeType(page, pinyinSteps('zhangmingyuan', '张明远'), '张明远');
    await clickWidget(page, await reveal(page, UI['ui.talent.save_profile']));
    await moveMouseAway(page);
    await waitForTextAnywhere(page, fill(UI['ui.demo.done'], 'command', WF['workflow.command.UpdateTalentProfile']));
    await waitForText(page, pendingText(1));

    // A reload, still without the server: the change is there, still pending.
    await reloadApp(app);
    await poll(async () => (await appState(page)).route === '#/talent', 'the reload left the talent workspace');
    await waitForText(page, pendingText(1));
    await clickWidget(page, `${UI['ui.nav.outbox']} (1)`);
    await waitForText(page, `#1 · ${WF['workflow.command.UpdateTalentProfile']}`);
    await waitForText(page, UI['ui.outbox.pending']);
    await saveScreenshot(page, 'sync-outbox-pending-zh');

    // The server is back: the pump's retry sends the change without any click.
    await page.unroute('**/api/**');
    await waitForText(page, pendingText(0), { timeoutMs: 45_000 });
    await waitForText(page, UI['ui.outbox.empty']);

    // Another person, another browser: the employer specialist sees the new name.
    const other = await launchBrowser({});
    try {
      const spec = await openApp(other.context, server.url, { hash: '#/login' });
      await signIn(spec.page, 'e1.specialist');
      await poll(async () => (await appState(spec.page)).route === '#/specialist', 'sign-in did not open the specialist workspace');
      await waitForText(spec.page, (s) => s.startsWith('· 张明远'));
      await saveScreenshot(spec.page, 'sync-specialist-sees-change-zh');
      spec.assertNoPageErrors();
    } finally {
      await other.close();
    }
    const texts = await visibleTexts(page);
    assert.ok(!texts.some((s) => s.includes(UI['ui.outbox.rejected'].split('{')[0])), 'nothing was refused');
    await nextFrames(page);
  });
});
