// The service catalogue as the data file says it is (assets/catalog.json, S4.2), so
// that tests compute what the app should show from the data, not from the app.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { assetsDir } from './paths.mjs';

let cached = null;

// The catalogue's items ({code, nameZh, nameEn, descZh, descEn, …}), A1..A30 in order.
export function catalogItems() {
  if (cached) return cached;
  const file = path.join(assetsDir(), 'catalog.json');
  if (!existsSync(file)) throw new Error(`the catalogue data file ${file} is missing`);
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  if (!doc || !Array.isArray(doc.items)) throw new Error(`${file} has no "items" array`);
  cached = doc.items;
  return cached;
}

export function catalogItem(code) {
  const item = catalogItems().find((i) => i.code === code);
  if (!item) throw new Error(`catalogue item ${code} not in the data file`);
  return item;
}

// The codes of the items whose zh/en name or description contains `query`
// (ASCII case-insensitive), in catalogue order: the search rule of the catalogue.
export function expectedSearch(query) {
  const q = query.toLowerCase();
  return catalogItems()
    .filter((i) => [i.nameZh, i.nameEn, i.descZh, i.descEn].some((s) => String(s || '').toLowerCase().includes(q)))
    .map((i) => i.code);
}
