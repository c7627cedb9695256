// The sign-in screen as a password manager sees it (issue 14): a real <form> whose
// fields carry autocomplete username and current-password, laid over the fields drawn
// on the canvas. A manager fills the inputs and submits with Enter, the app signs in
// with what they hold, and the form is gone once signed in (what tells a browser the
// login worked, so that it offers to save it). A password is never in the mirror's
// other elements.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/fixture.mjs';
import { appState } from './lib/browser.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { UI } from './lib/demo_flow.mjs';
import { DEMO_PASSWORD } from './lib/people.mjs';
import { clickWidget, findWidget, poll, typeText, waitForText } from './lib/widgets.mjs';

const ACCOUNT = 'input[autocomplete="username"]';
const PASSWORD = 'input[autocomplete="current-password"]';

test('sign-in form: a password manager fills the real fields and submits with Enter; the form is gone once signed in [S4.1] [S5.1]', async (t) => {
  await withApp(t, { hash: '#/login' }, async ({ app }) => {
    const { page } = app;
    await waitForText(page, UI['ui.login.title']);
    const form = await poll(() => page.evaluate(() => {
      const f = document.querySelector('form#huicai-signin');
      if (!f || !f.isConnected) return null;
      return [...f.querySelectorAll('input')].map((i) => ({ type: i.type, name: i.name, autocomplete: i.autocomplete }));
    }), 'no sign-in form in the page');
    assert.deepEqual(form, [
      { type: 'text', name: 'username', autocomplete: 'username' },
      { type: 'password', name: 'password', autocomplete: 'current-password' },
    ]);
    // Each input lies over its field drawn on the canvas (where a manager's offer opens).
    for (const [selector, hint] of [[ACCOUNT, UI['ui.login.account_hint']], [PASSWORD, UI['ui.login.password_hint']]]) {
      const box = await page.locator(selector).boundingBox();
      const w = await findWidget(page, hint);
      assert.ok(Math.abs(box.x - w.x) <= 2 && Math.abs(box.y - w.y) <= 2 && Math.abs(box.width - w.w) <= 2, `${selector} is not over ${hint}`);
    }

    // The manager fills both fields (as autofill does: the value and an input event).
    await page.fill(ACCOUNT, 'talent.t1');
    await page.fill(PASSWORD, DEMO_PASSWORD);
    await poll(async () => (await page.evaluate(() => window.huicai.widgets())).some((w) => w.label === UI['ui.login.sign_in'] && !w.disabled && w.y > 150),
      'the filled fields did not enable the sign-in button');
    const mirror = await page.evaluate(() => document.getElementById('huicai-a11y').innerText);
    assert.ok(!mirror.includes(DEMO_PASSWORD), 'the password is in the mirror');
    await saveScreenshot(page, 'signin-form-filled');
    await page.press(PASSWORD, 'Enter');
    await poll(async () => (await appState(page)).route === '#/talent', 'Enter in the form did not sign in');
    await poll(() => page.evaluate(() => !document.querySelector('form#huicai-signin')?.isConnected),
      'the sign-in form is still in the page after signing in');

    // Signed out, a person types in the fields drawn on the canvas (the pointer lands on
    // the real inputs, which are new and empty) and presses Enter.
    await page.evaluate(() => { window.location.hash = '#/login'; });
    await clickWidget(page, UI['ui.login.sign_out']);
    await poll(() => page.evaluate((sel) => document.querySelector(sel)?.value === '', PASSWORD), 'no empty password field after signing out');
    // The account is remembered: it is selected and typed over.
    await poll(() => page.evaluate((sel) => document.querySelector(sel)?.value === 'talent.t1', ACCOUNT), 'the account was not remembered');
    await clickWidget(page, UI['ui.login.account_hint']);
    await page.keyboard.press('Control+A');
    await typeText(page, 'talent.t2');
    await clickWidget(page, UI['ui.login.password_hint']);
    await typeText(page, DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await poll(async () => (await appState(page)).route === '#/talent', 'typing and Enter did not sign in');
    await page.evaluate(() => { window.location.hash = '#/login'; });
    await waitForText(page, (x) => x.includes('talent.t2')); // signed in as the account typed
  });
});
