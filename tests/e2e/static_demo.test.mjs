// The demo without installation (issue 5, scenario 6): the built app served by a plain
// static file server with no /api walks the whole direct-issue card in one tab with
// the role switcher. The e-card's QR code, captured from the screen and decoded with
// zbarimg, names the card number shown and is signed with the demo's key; the handling
// specialist's #/verify accepts that payload with the holder's masked name and refuses
// a tampered one and the old unsigned format, each with its reason. No request
// to /api succeeds and the app never shows a load, storage or network error.
import test from 'node:test';
import { createPrivateKey, sign as ed25519Sign } from 'node:crypto';
import assert from 'node:assert/strict';
import { saveScreenshot } from './lib/artifacts.mjs';
import { withStaticApp } from './lib/static_fixture.mjs';
import { fill, readJson, UI, walkDirectIssue } from './lib/demo_flow.mjs';
import {
  CARD, CARD_EN, decodeQr, expectVerdict, greyShare, openVerify, payloadParts, unsignedPayload, verifyPayload, withPart,
} from './lib/card_qr.mjs';
import { clickWidget, findAllWidgets, findWidget, moveMouseAway, poll, visibleTexts, waitForText, waitForWrappedText } from './lib/widgets.mjs';
import { near, regionOnRamp, showMap } from './lib/map.mjs';
import { appState } from './lib/browser.mjs';
import { LANG_BUTTON } from './lib/labels.mjs';

const UI_EN = readJson('i18n', 'ui.en.json');

// Texts of a failed start, a storage failure or an unreachable server: the demo needs
// none, so the status bar says it runs locally instead of warning.
const ERROR_KEYS = ['ui.demo.load_failed', 'ui.status.db_error', 'ui.status.db_unavailable', 'ui.status.server_unreachable'];
const ERROR_TEXTS = ERROR_KEYS.flatMap((k) => [UI[k], UI_EN[k]]);
const isErrorText = (s) => ERROR_TEXTS.includes(s) || s.startsWith(UI['error.http.unreachable'].split('{')[0]) ||
  s.startsWith(UI['error.http.status'].split('{')[0]);

async function noErrorShown(page, where) {
  const bad = (await visibleTexts(page)).filter(isErrorText);
  assert.deepEqual(bad, [], `error texts on ${where}`);
}

// The province window's dashboard coloured by cards issued: Jinan's label, its place on
// the ramp, its pixel and the legend's there (lib/map.mjs). Back on the demo's screen after.
async function jinanCards(page) {
  await page.evaluate(() => { window.location.hash = '#/dashboard'; });
  await poll(async () => (await appState(page)).route === '#/dashboard', 'the dashboard did not open');
  const actAs = fill(UI['ui.demo.act_as'], 'role', UI['ui.demo.role.window_province']);
  if ((await findAllWidgets(page, { label: actAs })).length) await clickWidget(page, actAs);
  await showMap(page);
  const jinan = await regionOnRamp(page, '济南市', 'ui.map.by_cards');
  assert.ok(near(jinan.got, jinan.legend, 14), `Jinan (${jinan.label}) is ${jinan.got}, the legend at ${jinan.t0} is ${jinan.legend}`);
  await page.evaluate(() => { window.location.hash = '#/demo'; });
  await poll(async () => (await appState(page)).route === '#/demo', 'the demo did not open');
  return jinan;
}

test('static demo: served without the server, the direct-issue card in one tab, its QR decoded and verified [S5.1] [S7.1] [S5.1.1] [A16]', async (t) => {
  await withStaticApp(t, { hash: '#/demo' }, async ({ host, app }) => {
    const { page } = app;
    // The dashboard's map before the card (S8.1.2): no card in Jinan yet.
    const before = await jinanCards(page);
    const walk = await walkDirectIssue(page, {
      name: '苏轼', pinyin: 'su shi', prefix: 'static-demo',
      check: (p, step) => noErrorShown(p, step),
    });

    // The card issued in Jinan (its employer is in 历下区) moves Jinan along the map's
    // ramp: its colour is the legend's at its new value.
    const after = await jinanCards(page);
    assert.ok(after.t0 > before.t0, `Jinan's cards did not grow: ${before.label} → ${after.label}`);
    assert.ok(!near(after.got, before.got, 4), `Jinan's colour did not change: ${before.got} → ${after.got}`);
    await page.evaluate(() => { window.location.hash = '#/card'; });
    await poll(async () => (await appState(page)).route === '#/card', 'the e-card did not open');
    await clickWidget(page, await findWidget(page, fill(UI['ui.demo.act_as'], 'role', UI['ui.demo.role.talent'])));
    await moveMouseAway(page);
    await waitForText(page, fill(UI['ui.card.number'], 'number', walk.cardNumber));

    // The QR code on the e-card names the card shown, with its class and validity.
    const { payload, png } = await decodeQr(page);
    assert.equal(greyShare(png).grey, 0, 'blended pixels in the QR code');
    const parts = payloadParts(payload);
    assert.equal(parts.prefix, 'HUICAI2');
    assert.equal(parts.number, walk.cardNumber);
    assert.equal(parts.cls, 'direct');
    assert.equal(parts.until, walk.until);
    assert.equal(parts.holder, '苏*');
    assert.equal(parts.key, 'demo');
    assert.equal(Buffer.from(parts.signature, 'base64url').length, 64);
    // The same bytes Node's own Ed25519 makes with the demo's published key
    // (src/seal/card_signing.cpp): Ed25519 is deterministic, and the web build computes
    // the signature's point without libsodium's table (src/seal/sodium_base_web.c).
    const demoKey = createPrivateKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed25519',
      d: Buffer.from('113bda51603ea6adfc8a3902689438df1d0b8fb0a3301a528024638ed6d924c5', 'hex').toString('base64url'),
      x: Buffer.from('9f9edd4ef83b284fe872f032e7c845822436e2f851bd0329b006eee45efeaf77', 'hex').toString('base64url') } });
    assert.equal(ed25519Sign(null, Buffer.from(payload.slice(0, payload.lastIndexOf('|'))), demoKey).toString('base64url'),
      parts.signature, 'the card is not signed as Ed25519 signs it');
    // Printed under the code too, wrapped to the card's width: its first line starts it.
    await waitForText(page, (s) => s.length >= 16 && payload.startsWith(s));
    await waitForText(page, CARD['ui.card.local_demo']);
    await waitForWrappedText(page, CARD['ui.card.demo_key']);
    await saveScreenshot(page, 'card-zh');

    // The handling specialist verifies it: valid and on record (the demo's records
    // hold the card), with the signed facts and the holder's name masked.
    await openVerify(page);
    await verifyPayload(page, payload);
    await expectVerdict(page, CARD, 'ui.card.verify.valid_known');
    // The line wraps within the panel: its first drawn line names the key.
    await waitForText(page, (s) => s.length > 8 && fill(CARD['ui.card.verify.signed'], 'key', 'demo').startsWith(s) && s.includes('demo'));
    await waitForText(page, fill(UI['ui.card.number'], 'number', walk.cardNumber));
    await waitForText(page, fill(UI['ui.card.holder'], 'name', '苏*'));
    assert.ok(!(await visibleTexts(page)).includes(walk.name), 'the full name of the holder is shown');
    await saveScreenshot(page, 'verify-zh');

    // A tampered payload (a later validity, the signature kept) is refused as altered,
    // with none of its facts shown; the old unsigned format as unsigned.
    const tampered = withPart(payload, 'until', walk.until.replace(/^\d{4}/, (y) => String(Number(y) + 5)));
    assert.notEqual(tampered, payload);
    await verifyPayload(page, tampered);
    await expectVerdict(page, CARD, 'ui.card.verify.not_valid', 'error.card_payload.tampered');
    assert.ok(!(await visibleTexts(page)).includes(fill(UI['ui.card.number'], 'number', walk.cardNumber)),
      'the facts of a tampered payload are shown');
    await saveScreenshot(page, 'verify-refused-zh');
    await verifyPayload(page, unsignedPayload(payload));
    await expectVerdict(page, CARD, 'ui.card.verify.not_valid', 'error.card_payload.unsigned');
    await noErrorShown(page, '#/verify');

    // The same two screens in English.
    await clickWidget(page, LANG_BUTTON.en);
    await moveMouseAway(page);
    await poll(async () => (await appState(page)).lang === 'en', 'the language did not switch to English');
    await verifyPayload(page, payload, { table: CARD_EN });
    await expectVerdict(page, CARD_EN, 'ui.card.verify.valid_known');
    await saveScreenshot(page, 'verify-en');
    await verifyPayload(page, tampered, { table: CARD_EN });
    await expectVerdict(page, CARD_EN, 'ui.card.verify.not_valid', 'error.card_payload.tampered');
    await page.evaluate(() => { window.location.hash = '#/card'; });
    await poll(async () => (await appState(page)).route === '#/card', 'the e-card did not open');
    await clickWidget(page, fill(UI_EN['ui.demo.act_as'], 'role', UI_EN['ui.demo.role.talent']));
    await moveMouseAway(page);
    await waitForText(page, fill(UI_EN['ui.card.number'], 'number', walk.cardNumber));
    assert.equal((await decodeQr(page, CARD_EN['ui.card.qr'])).payload, payload);
    await saveScreenshot(page, 'card-en');
    await noErrorShown(page, '#/card (en)');

    // Nothing reached a server: every /api request failed, and the app came from the host.
    const api = host.requests.filter((r) => r.path.startsWith('/api'));
    assert.ok(api.every((r) => r.status === 404), `an /api request succeeded: ${JSON.stringify(api)}`);
    const appResponses = app.state.responses.filter((r) => new URL(r.url).pathname.startsWith('/api'));
    assert.ok(appResponses.every((r) => r.status >= 400), `the page saw an /api answer: ${JSON.stringify(appResponses)}`);
    assert.ok(host.requests.some((r) => r.path === '/' || r.path === '/index.html'), 'the page did not come from the static host');
  });
});
