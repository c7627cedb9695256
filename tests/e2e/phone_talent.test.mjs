// The talent's flow on a phone (issue 5, scenario 5) at 390×844, three device pixels
// per CSS pixel, with a touch screen, in the demo (served from a static host: the demo
// needs no server): every control is pressed with a touch tap; the talent's name is
// typed in Chinese through input-method events; the card goes through the employer
// and the windows with the role switcher; the talent follows the timeline and opens
// the e-card, whose QR code, captured from the screen, decodes to the card shown and
// has no blended pixels. On every screen reached, every control drawn lies inside the
// viewport, the page does not scroll sideways, and the controls tapped are at least a
// finger's size. Screenshots in zh and en. The same flow through the real server, one
// browser per person, is phone_server.test.mjs.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withStaticApp } from './lib/static_fixture.mjs';
import { appState, PHONE } from './lib/browser.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { fill, readJson, tapWidget, walkDirectIssue } from './lib/demo_flow.mjs';
import { CARD_EN, decodeQr, greyShare, payloadParts } from './lib/card_qr.mjs';
import { LANG_BUTTON } from './lib/labels.mjs';
import { fitsPhone, MIN_TAP } from './lib/phone.mjs';
import { poll, waitForText } from './lib/widgets.mjs';

const UI_EN = readJson('i18n', 'ui.en.json');

test('phone: the talent applies, follows the timeline and shows the e-card with its QR code, by touch at 390×844 [S5.1] [S5.1.1] [S7.1]', async (t) => {
  await withStaticApp(t, { hash: '#/demo', viewport: PHONE, hasTouch: true, deviceScaleFactor: 3 }, async ({ app }) => {
    const { page } = app;
    const tapped = [];
    const trackTaps = async (w) => { tapped.push(w); };
    const walk = await walkDirectIssue(page, {
      name: '王羲之', pinyin: 'wang xi zhi', tap: true, prefix: 'phone',
      check: (p, step) => fitsPhone(p, step),
      onPress: trackTaps,
    });
    const small = tapped.filter((w) => Math.min(w.w, w.h) < MIN_TAP);
    assert.deepEqual(small.map((w) => `${w.label} ${Math.round(w.w)}×${Math.round(w.h)}`), [],
      `controls tapped smaller than ${MIN_TAP} px`);

    // The e-card's QR code fits the phone and decodes to the card shown; at the phone's
    // three device pixels per CSS pixel its modules are still pure black and white.
    const { payload, png, rect } = await decodeQr(page);
    assert.equal(payloadParts(payload).number, walk.cardNumber);
    const crisp = greyShare(png);
    assert.ok(Math.abs(crisp.width - rect.w * 3) <= 3, `captured at ${crisp.width} px for ${rect.w} CSS px`);
    assert.equal(crisp.grey, 0, `blended pixels in the QR code at DPR 3: ${crisp.grey}`);
    await saveScreenshot(page, 'phone-card-zh');

    // In English, tapped on the language switch.
    await tapWidget(page, LANG_BUTTON.en);
    await poll(async () => (await appState(page)).lang === 'en', 'the language did not switch to English');
    await waitForText(page, fill(UI_EN['ui.card.number'], 'number', walk.cardNumber));
    await fitsPhone(page, 'the e-card in English');
    assert.equal((await decodeQr(page, CARD_EN['ui.card.qr'])).payload, payload);
    await saveScreenshot(page, 'phone-card-en');
    await page.goBack();
    await poll(async () => (await appState(page)).route === '#/talent', 'back did not return to #/talent');
    await waitForText(page, UI_EN['ui.talent.title']);
    await fitsPhone(page, 'the talent in English');
    await saveScreenshot(page, 'phone-talent-en');
  });
});
