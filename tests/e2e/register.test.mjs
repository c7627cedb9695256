// A talent creates their own account from a phone against the real server (issue 5:
// "register and log in"), at 390×844 with three device pixels per CSS pixel and a
// touch screen: from the sign-in screen's link to #/register, the name typed in
// Chinese through input-method events, the resident ID number, the employer found by
// typing part of its name and tapped in the list the server offers, the account name
// and password; registering signs the talent in at once and opens #/talent. The
// employer's administrator then sees the new talent flagged without a specialist.
// A second registration with a taken account name shows the server's refusal in the
// user's language with everything typed still there. Screenshots register-zh/-en.
import test from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { withApp } from './lib/fixture.mjs';
import { CHROMIUM, CHROMIUM_ARGS, appState, openApp, reloadApp } from './lib/browser.mjs';
import { saveFailureScreenshots, saveScreenshot } from './lib/artifacts.mjs';
import { fill, readJson, UI } from './lib/demo_flow.mjs';
import { LANG_BUTTON } from './lib/labels.mjs';
import { openPeople } from './lib/people.mjs';
import { waitForTextAnywhere } from './lib/scrolling.mjs';
import { fitsPhone, MIN_TAP, PHONE_CONTEXT, phoneTapper } from './lib/phone.mjs';
import {
  clickWidget, findAllWidgets, imeType, moveMouseAway, nextFrames, pinyinSteps, poll, settled, typeText, visibleTexts, waitForText,
  waitForWrappedText, wheelAt,
} from './lib/widgets.mjs';

const TODAY = '2026-11-02';
const REG = readJson('i18n', 'register.zh-CN.json');
const REG_EN = readJson('i18n', 'register.en.json');
const NAME = '张新才';
const ID_NUMBER = '370102199001011231'; // MOD 11-2 check character worked out by hand
const PASSWORD = 'Huicai-new-2026';

// Taps the widget labelled `label`, scrolling the content first when it lies below the
// phone's viewport (the form is taller than the screen).
async function tapInView(tap, page, label) {
  const vp = page.viewportSize();
  for (let i = 0; i < 20; i += 1) {
    await settled(page);
    const [w] = await findAllWidgets(page, { label });
    if (w && w.h >= MIN_TAP && w.y >= 0 && w.y + w.h <= vp.height) return tap(page, w); // not clipped by the bars
    await wheelAt(page, w && w.y < vp.height / 2 ? -200 : 200);
  }
  throw new Error(`${label} never came into view`);
}

async function scrollBy(page, dy) {
  await wheelAt(page, dy);
  await moveMouseAway(page);
}
const scrollToTop = (page) => scrollBy(page, -10_000);

// Fills the whole form by taps, the name through the input method and the employer by
// typing part of its name and tapping it in the list.
async function fillForm(tap, page, { login, idNumber }) {
  await tapInView(tap, page, REG['ui.register.name_hint']);
  await imeType(page, pinyinSteps('zhang xin cai', NAME), NAME);
  await tapInView(tap, page, REG['ui.register.id_number_hint']);
  await typeText(page, idNumber);
  await tapInView(tap, page, REG['ui.register.employer_hint']);
  await imeType(page, pinyinSteps('yan jiu', '研究'), '研究');
  // The server's answer for 研究 replaces the full list: only the matching unit stays.
  await poll(async () => {
    const offered = (await findAllWidgets(page, {})).map((w) => w.label);
    return offered.includes('济南某研究院') && !offered.includes('济南某集团') && !offered.includes('青岛某科技公司');
  }, 'the employer list was not narrowed to 济南某研究院');
  await tapInView(tap, page, '济南某研究院');
  await waitForText(page, fill(REG['ui.register.employer_chosen'], 'name', '济南某研究院'));
  await tapInView(tap, page, REG['ui.register.login_hint']);
  await typeText(page, login);
  await tapInView(tap, page, REG['ui.register.password_hint']);
  await typeText(page, PASSWORD);
}

test('register: a talent registers from a 390×844 touch phone, lands on #/talent, and the employer admin sees them without specialist; a taken account name is refused in the user\'s language [S5.1] [S6.1.4] [S6.2]', async (t) => {
  await withApp(t, { open: false, serverArgs: ['--today', TODAY] }, async ({ server }) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const people = await openPeople(server, { today: TODAY });
    const contexts = [];
    const phoneApp = async (hash) => {
      const context = await browser.newContext(PHONE_CONTEXT);
      await context.clock.install({ time: new Date(`${TODAY}T04:00:00Z`) });
      contexts.push(context);
      return openApp(context, server.url, { hash });
    };
    const { tap } = phoneTapper();
    let failed = true;
    try {
      // From the sign-in screen's link to the form.
      const first = await phoneApp('#/login');
      const phone = first.page;
      await tap(phone, REG['ui.register.link']);
      await poll(async () => (await appState(phone)).route === '#/register', 'the link did not open #/register');
      await waitForText(phone, REG['ui.register.title']);
      await fitsPhone(phone, 'the registration form');

      // Sending the empty form names each missing field, in Chinese.
      await tapInView(tap, phone, REG['ui.register.submit']);
      await waitForTextAnywhere(phone, fill(fill(REG['ui.register.field_error'], 'field', REG['ui.register.name']), 'message',
        REG['error.register.required']));
      await waitForTextAnywhere(phone, (s) => s.startsWith(`${REG['ui.register.employer']}：${REG['error.register.employer_required']}`));
      assert.equal((await appState(phone)).route, '#/register');
      // A fresh page, so no problem line comes or goes under a field while it is filled.
      await reloadApp(first);
      await waitForText(phone, REG['ui.register.title']);

      await fillForm(tap, phone, { login: 'zhang.xc', idNumber: ID_NUMBER });
      await scrollToTop(phone);
      await saveScreenshot(phone, 'register-zh');
      await tapInView(tap, phone, REG['ui.register.submit']);
      await poll(async () => (await appState(phone)).route === '#/talent', 'registering did not open #/talent', 20_000);
      await waitForTextAnywhere(phone, UI['ui.talent.no_specialist']);
      await waitForTextAnywhere(phone, (s) => s.includes(NAME));
      await fitsPhone(phone, 'the new talent\'s screen');

      // The employer's administrator sees the new talent, without a specialist.
      const admin = await people.person('e1.admin', '#/employer');
      await clickWidget(admin.page, UI['ui.employer.filter_hint']);
      await imeType(admin.page, [], NAME);
      await moveMouseAway(admin.page);
      await waitForText(admin.page, (s) => s === NAME, { timeoutMs: 15_000 });
      await waitForText(admin.page, UI['ui.employer.no_specialist']);

      // A second person takes an account name already used: refused, nothing typed lost.
      const second = await phoneApp('#/register');
      const other = second.page;
      await waitForText(other, REG['ui.register.title']);
      await fillForm(tap, other, { login: 'talent.t1', idNumber: '370102198505052462' });
      await tapInView(tap, other, REG['ui.register.submit']);
      const refusal = fill(REG['ui.register.failed'], 'message', fill(REG['error.register.login_taken'], 'detail', 'talent.t1'));
      await waitForTextAnywhere(other, refusal, { timeoutMs: 15_000 }); // under the button, perhaps below the fold
      assert.equal((await appState(other)).route, '#/register');
      const texts = await visibleTexts(other);
      for (const kept of ['talent.t1', fill(REG['ui.register.employer_chosen'], 'name', '济南某研究院')])
        assert.ok(texts.includes(kept), `${kept} is no longer shown after the refusal`);
      await scrollToTop(other);
      assert.ok((await visibleTexts(other)).includes(NAME), 'the name typed is lost after the refusal');

      // The same refusal in English.
      await tap(other, LANG_BUTTON.en);
      await poll(async () => (await appState(other)).lang === 'en', 'the language did not switch to English');
      await nextFrames(other);
      await scrollBy(other, 10_000); // the refusal is under the button, below the fold
      // Wrapped at the phone's width, over two or three lines.
      const refusalEn = fill(REG_EN['ui.register.failed'], 'message', fill(REG_EN['error.register.login_taken'], 'detail', 'talent.t1'));
      await waitForWrappedText(other, refusalEn);
      await fitsPhone(other, 'the registration form in English');
      await saveScreenshot(other, 'register-en');
      first.assertNoPageErrors();
      second.assertNoPageErrors();
      people.assertNoPageErrors();
      failed = false;
    } finally {
      if (failed) for (const c of contexts) await saveFailureScreenshots(c, `${t.name}-phone`).catch(() => {});
      await people.close(failed ? t.name : undefined);
      await browser.close().catch(() => {});
    }
  });
});
