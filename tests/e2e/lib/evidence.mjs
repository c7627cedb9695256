// The documents of a card application's basis described one by one, as a person fills
// the evidence form (src/ui/widgets/evidence_form.h): each item's field is found by
// its hint ("<document>: title, number, issuer"), brought into view, pressed and
// typed into.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assetsDir } from './paths.mjs';
import { reveal } from './scrolling.mjs';
import { clickWidget, typeText, waitForWrappedText } from './widgets.mjs';

const read = (...p) => JSON.parse(readFileSync(path.join(assetsDir(), ...p), 'utf8'));
export const EVIDENCE = { 'zh-CN': read('i18n', 'evidence.zh-CN.json'), en: read('i18n', 'evidence.en.json') };
const BASES = read('talent.json').bases;

// The evidence items basis `basisId` lists ({id, nameZh, nameEn}).
export const evidenceItems = (basisId) => BASES.find((b) => b.id === basisId).evidence;

const itemName = (item, lang) => (lang === 'en' ? item.nameEn : item.nameZh);
export const documentHint = (item, lang = 'zh-CN') => EVIDENCE[lang]['ui.evidence.paper_hint'].replaceAll('{item}', itemName(item, lang));
export const documentText = (item) => `${item.id} No. 2026-7`;

// Describes a paper document for each item of `basisId` (or those in `only`) in the
// first form on the screen; `press(page, widget)` presses a field (a click unless given).
export async function describeDocuments(page, basisId, { only, lang = 'zh-CN', press = clickWidget } = {}) {
  for (const item of evidenceItems(basisId)) {
    if (only && !only.includes(item.id)) continue;
    const text = documentText(item);
    await press(page, await reveal(page, documentHint(item, lang)));
    await typeText(page, text);
    await waitForWrappedText(page, text); // a narrow card wraps a long one
  }
}
