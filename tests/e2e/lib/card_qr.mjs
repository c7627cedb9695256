// The e-card's QR code read the way a handling agency would: the code's rectangle
// from the widget map is captured from the screen and decoded by a real decoder
// (zbarimg of Debian's zbar-tools); and the handling specialist's #/verify screen fed
// a payload, its verdict read back.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appState } from './browser.mjs';
import { captureRect, decodePng } from './artifacts.mjs';
import { fill, press, readJson, UI } from './demo_flow.mjs';
import { findAllWidgets, findWidget, nextFrames, poll, visibleTexts, waitForText } from './widgets.mjs';

export const CARD = readJson('i18n', 'card.zh-CN.json');
export const CARD_EN = readJson('i18n', 'card.en.json');

// The payload of the QR code on screen (labelled `label`), decoded from a capture of
// its rectangle; checks first that the whole code lies inside the viewport.
export async function decodeQr(page, label = CARD['ui.card.qr']) {
  const w = await findWidget(page, label);
  const vp = page.viewportSize();
  assert.ok(w.x >= 0 && w.y >= 0 && w.x + w.w <= vp.width && w.y + w.h <= vp.height,
    `the QR code ${JSON.stringify(w)} is not inside the viewport ${JSON.stringify(vp)}`);
  assert.ok(Math.abs(w.w - w.h) < 1, `the QR code is not square: ${w.w}×${w.h}`);
  const png = await captureRect(page, w);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'huicai-qr-'));
  try {
    const file = path.join(dir, 'qr.png');
    writeFileSync(file, png);
    let out;
    try {
      out = execFileSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (err) {
      throw new Error(`zbarimg found no QR code in the capture of ${JSON.stringify(w)} (exit ${err.status}); ` +
        'is zbar-tools installed (tools/setup.sh)?');
    }
    return { payload: out.replace(/\r?\n$/, ''), rect: w, png };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The share of a capture's pixels that are neither pure black nor pure white: 0 when
// every module edge lies on the device-pixel grid (nothing blended at the edges).
export function greyShare(png) {
  const img = decodePng(png);
  let grey = 0;
  const n = img.width * img.height;
  for (let i = 0; i < n; i++) {
    const o = i * img.channels;
    const r = img.data[o], g = img.data[o + 1], b = img.data[o + 2];
    const black = r === 0 && g === 0 && b === 0, white = r === 255 && g === 255 && b === 255;
    if (!black && !white) grey++;
  }
  return { grey: grey / n, width: img.width, height: img.height };
}

// The parts of a signed payload "HUICAI2|number|class|until|holder|key|signature",
// the masked holder decoded from base64url.
export function payloadParts(payload) {
  const [prefix, number, cls, until, holder64, key, signature] = payload.split('|');
  const holder = holder64 === undefined ? undefined : Buffer.from(holder64, 'base64url').toString('utf8');
  return { prefix, number, cls, until, holder, key, signature };
}

// `payload` with the field `name` (as payloadParts names them) replaced by `value`,
// the holder given as text.
export function withPart(payload, name, value) {
  const order = ['prefix', 'number', 'cls', 'until', 'holder', 'key', 'signature'];
  const parts = payload.split('|');
  parts[order.indexOf(name)] = name === 'holder' ? Buffer.from(value, 'utf8').toString('base64url') : value;
  return parts.join('|');
}

// The old unsigned format of the same card: "HUICAI1|number|class|until|check", its
// two check digits computed as the first release did (ISO 7064 MOD 97-10).
export function unsignedPayload(payload) {
  const { number, cls, until } = payloadParts(payload);
  const body = `HUICAI1|${number}|${cls}|${until}`;
  let r = 0;
  for (const c of Buffer.from(body, 'utf8')) r = (r * 1000 + c) % 97;
  const check = 98 - ((r * 100) % 97);
  return `${body}|${String(check).padStart(2, '0')}`;
}

// Reads the verdict shown on #/verify: waits for `verdict` (an i18n text) and, when
// given, the reason text; checks that no other verdict is shown.
export async function expectVerdict(page, table, verdictKey, reasonKey) {
  await waitForText(page, table[verdictKey]);
  // A reason may wrap within the panel: its first drawn line is enough.
  if (reasonKey) {
    const reason = table[reasonKey];
    await waitForText(page, (s) => s.length >= Math.min(8, reason.length) && reason.startsWith(s));
  }
  const others = ['ui.card.verify.valid', 'ui.card.verify.valid_known', 'ui.card.verify.not_valid'].filter((k) => k !== verdictKey);
  const shown = await visibleTexts(page);
  for (const k of others) assert.ok(!shown.includes(table[k]), `#/verify shows ${k} as well as ${verdictKey}`);
}

// Opens #/verify as the demo's handling specialist (through the page's "act as").
export async function openVerify(page, { tap = false } = {}) {
  await page.evaluate(() => { window.location.hash = '#/verify'; });
  await poll(async () => (await appState(page)).route === '#/verify', 'the deep link did not open #/verify');
  const actAs = fill(UI['ui.demo.act_as'], 'role', UI['ui.demo.role.handling']);
  await waitForText(page, CARD['ui.card.verify.title']);
  const hint = CARD['ui.card.verify.hint'];
  if (!(await findAllWidgets(page, { label: hint })).length) await press(page, actAs, { tap });
  await findWidget(page, hint);
}

// Types `payload` into the verify field (replacing what was there) and presses Verify;
// `table` is the card domain's i18n table of the language shown.
export async function verifyPayload(page, payload, { tap = false, table = CARD } = {}) {
  await press(page, table['ui.card.verify.hint'], { tap });
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(payload, { delay: 5 });
  // The field takes the typed keys over the next frames: press only once it holds
  // the whole payload, and press again while no verdict is drawn (a press that
  // arrives with the field still taking keys checks a shorter text, whose verdict
  // the next key clears).
  await waitForText(page, payload, { timeoutMs: 60_000 });
  await nextFrames(page);
  const verdicts = ['ui.card.verify.valid', 'ui.card.verify.valid_known', 'ui.card.verify.not_valid'].map((k) => table[k]);
  await poll(async () => {
    if ((await visibleTexts(page)).some((s) => verdicts.includes(s))) return true;
    await press(page, table['ui.card.verify.check'], { tap });
    await nextFrames(page);
    return (await visibleTexts(page)).some((s) => verdicts.includes(s));
  }, `no verdict drawn for ${payload}`, 15_000);
}
