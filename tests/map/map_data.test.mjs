// The dashboard's map data (S8.1.2): the decoder of ECharts' compressed outlines, the
// mapping of the (pre-2019) outlines to the regions of assets/regions.json, and the
// mesh tools/map/build_map.mjs writes, read back from its bytes: triangles that cover
// each shape, label points inside, and borders that neighbours share.
// The map sources come from tools/setup.sh (HUICAI_DEPS, default <repo>/.cache/deps).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeFeatureCollection, decodeRing, readJsonFile, readRegisterMapFile } from '../../tools/map/decode.mjs';
import { buildMap, COUNTY_CODE_CHANGES, NO_BOUNDARY } from '../../tools/map/build_map.mjs';
import { readHcmap, shapeRings } from './hcmap_reader.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const deps = process.env.HUICAI_DEPS ? path.resolve(process.env.HUICAI_DEPS) : path.join(repoRoot, '.cache/deps');
const buildScript = path.join(repoRoot, 'tools/map/build_map.mjs');
const regionsFile = path.join(repoRoot, 'assets/regions.json');
const seatsFile = path.join(repoRoot, 'assets/map/seats.json');
const provinceFile = path.join(deps, 'echarts-4.9.0/map/json/province/shandong.json');
const citiesDir = path.join(deps, 'echarts-china-cities-0.1.4/src/山东');
const jinanOutline = path.join(deps, 'echarts-china-cities-0.1.4/geojson/shape-only/shan1_dong1_ji4_nan2.geojson');

if (!existsSync(provinceFile) || !existsSync(citiesDir)) {
  throw new Error(`the map sources are not in ${deps} (run 'bash tools/setup.sh', or point HUICAI_DEPS at its .cache/deps)`);
}

const regions = readJsonFile(regionsFile);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'huicai-map-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

function runBuild(regionsPath = regionsFile, out = path.join(scratch, 'shandong.hcmap')) {
  return spawnSync(process.execPath, [buildScript, '--deps', deps, '--regions', regionsPath, '--seats', seatsFile,
    '--out', out, '--summary', `${out}.summary.json`], { encoding: 'utf8' });
}

// The real build, once for all the tests that read its file.
let built;
function realMap() {
  if (!built) {
    const run = runBuild();
    assert.equal(run.status, 0, `build_map failed: ${run.stderr}`);
    const file = path.join(scratch, 'shandong.hcmap');
    built = { bytes: readFileSync(file), map: readHcmap(readFileSync(file)), stdout: run.stdout };
  }
  return built;
}

const ringArea = (pts) => {
  let s = 0;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) s += (pts[j][0] - pts[i][0]) * (pts[j][1] + pts[i][1]);
  return Math.abs(s) / 2;
};
const polygonArea = (rings) => rings.reduce((s, r) => s + (r.hole ? -1 : 1) * ringArea(r.points), 0);

// Even–odd over all the rings of a shape: inside one of its outlines and in no hole.
function insideShape(p, rings) {
  let inside = false;
  for (const { points } of rings) {
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if ((yi > p[1]) !== (yj > p[1]) && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const cityCodes = regions.cities.map((c) => c.code);
const countyCodes = regions.cities.flatMap((c) => c.counties.map((k) => k.code).filter((k) => !(k in NO_BOUNDARY)));
const markerCodes = regions.cities.flatMap((c) => [...c.counties.map((k) => k.code).filter((k) => k in NO_BOUNDARY),
  ...(c.zones ?? []).map((z) => z.code)]);
const cityOf = new Map(regions.cities.flatMap((c) => [...c.counties, ...(c.zones ?? [])].map((k) => [k.code, c.code])));

test('[S8.1.2] a compressed ring decodes by zigzag and delta from its offset', () => {
  // 'F' = 64 + 6 → +3, 'C' = 64 + 3 → -2, 'A' = 64 + 1 → -1, 'J' = 64 + 10 → +5.
  assert.deepEqual(decodeRing('FCAJ', [1000, 2000]), [[1003, 1998], [1002, 2003]]);
  assert.deepEqual(decodeRing('@@', [5, 7]), [[5, 7]]);
  // The offsets of a MultiPolygon are per polygon and ring, and UTF8Scale divides.
  const fc = decodeFeatureCollection({
    type: 'FeatureCollection', UTF8Encoding: true, UTF8Scale: 2048,
    features: [{ id: '1', properties: { name: 'x' }, geometry: { type: 'MultiPolygon',
      coordinates: [['FCAJ'], ['@@', 'B@']], encodeOffsets: [[[0, 0]], [[2048, 4096], [10, 20]]] } }],
  });
  assert.equal(fc.scale, 2048);
  assert.deepEqual(fc.features[0].polygons, [[[[3, -2], [2, 3]]], [[[2048, 4096]], [[11, 20]]]]);
  assert.deepEqual(fc.features[0].degrees[1][0], [[1, 2]]);
});

test('[S8.1.2] the decoder puts published points of Jinan\'s boundary within 0.001° of Jinan\'s outline', () => {
  const json = readJsonFile(provinceFile);
  // ECharts' province map is compressed without a scale of its own (1/1024 degree).
  assert.equal(json.UTF8Encoding, true);
  assert.equal(json.UTF8Scale, undefined);
  const jinan = decodeFeatureCollection(json).features.find((f) => f.id === '370100');
  assert.ok(jinan, 'the province map has no 370100');
  const vertices = jinan.degrees.flat(2);
  // The same outline published uncompressed (pre-2019 Jinan, without Laiwu).
  const published = readJsonFile(jinanOutline).features[0].geometry.coordinates[0];
  const north = published.reduce((a, b) => (b[1] > a[1] ? b : a));
  const south = published.reduce((a, b) => (b[1] < a[1] ? b : a));
  for (const [name, p] of [['first', published[0]], ['northernmost', north], ['southernmost', south]]) {
    const d = Math.min(...vertices.map((q) => Math.hypot(p[0] - q[0], p[1] - q[1])));
    assert.ok(d < 0.001, `the ${name} published point ${p} is ${d.toFixed(4)}° from the decoded outline`);
  }
});

test('[S8.1.2] the city files are read without running them', () => {
  const files = readdirSync(citiesDir).filter((f) => f.endsWith('.js'));
  assert.equal(files.length, 17);
  const { name, json } = readRegisterMapFile(path.join(citiesDir, '莱芜市.js'));
  assert.equal(name, '莱芜');
  assert.deepEqual(json.features.map((f) => f.id).sort(), ['371202', '371203']);
});

test('[S8.1.2] every city and county with a boundary has one shape and every other region a marker', () => {
  const { map, stdout } = realMap();
  assert.match(stdout, /brotli/);
  assert.equal(map.version, 1);
  assert.equal(map.unitsPerDegree, 1024);
  // Cities first in the order of regions.json, then counties grouped by city.
  assert.deepEqual(map.shapes.map((s) => s.code), [...cityCodes, ...countyCodes]);
  for (const s of map.shapes) assert.equal(s.parent, cityCodes.includes(s.code) ? '370000' : cityOf.get(s.code), s.code);
  assert.deepEqual(map.markers.map((m) => m.code), markerCodes);
  const seats = readJsonFile(seatsFile).seats;
  for (const m of map.markers) {
    assert.equal(m.parent, cityOf.get(m.code), m.code);
    const city = map.shapes.find((s) => s.code === m.parent);
    assert.ok(insideShape([m.x, m.y], shapeRings(map, city)), `marker ${m.code} is outside ${m.parent}`);
    const [lon, lat] = [(m.x + map.originX) / 1024, (m.y + map.originY) / 1024];
    assert.ok(Math.abs(lon - seats[m.code][0]) < 0.001 && Math.abs(lat - seats[m.code][1]) < 0.001, m.code);
  }
  assert.deepEqual(map.groups.map((g) => g.parent), ['370000', ...cityCodes]);
});

test('[S8.1.2] merged shapes hold the outlines of both sources', () => {
  const { map } = realMap();
  const province = decodeFeatureCollection(readJsonFile(provinceFile)).features;
  const counties = readdirSync(citiesDir).sort()
    .flatMap((f) => decodeFeatureCollection(readRegisterMapFile(path.join(citiesDir, f)).json).features);
  const sourceArea = (f) => f.polygons.reduce((s, p) => s + ringArea(p[0]), 0);
  const shapeOf = (code) => shapeRings(map, map.shapes.find((s) => s.code === code));
  const near = (a, b, tol, what) => assert.ok(Math.abs(a / b - 1) < tol, `${what}: ${a} vs ${b}`);

  // 济南市 = Jinan's outline and Laiwu's (371200), their common border inside.
  const jinan = shapeOf('370100').filter((r) => !r.hole).map((r) => ringArea(r.points)).sort((a, b) => b - a);
  assert.equal(jinan.length, 2);
  near(jinan[0], sourceArea(province.find((f) => f.id === '370100')), 0.01, 'Jinan');
  near(jinan[1], sourceArea(province.find((f) => f.id === '371200')), 0.01, 'Laiwu');

  // 蓬莱区 = 蓬莱市 (370684) and the islands of 长岛县 (370634).
  const penglai = shapeOf('370614').filter((r) => !r.hole).map((r) => ringArea(r.points)).sort((a, b) => b - a);
  const changdao = counties.find((f) => f.id === '370634');
  assert.ok(penglai.length >= 2, `蓬莱区 has ${penglai.length} outline`);
  near(penglai[0], sourceArea(counties.find((f) => f.id === '370684')), 0.01, '蓬莱市');
  near(penglai.slice(1).reduce((a, b) => a + b, 0), sourceArea(changdao), 0.05, '长岛县');

  // Every other code change is one outline for one county.
  for (const [from, to] of Object.entries(COUNTY_CODE_CHANGES)) {
    if (to === '370614') continue;
    near(polygonArea(shapeOf(to)), sourceArea(counties.find((f) => f.id === from)), 0.01, `${from} → ${to}`);
  }
});

test('[S8.1.2] the triangles of every shape cover its area within 0.1 %', () => {
  const { map } = realMap();
  for (const s of map.shapes) {
    let triangles = 0;
    for (let i = s.firstIndex; i < s.firstIndex + s.indexCount; i += 3) {
      const [a, b, c] = [0, 1, 2].map((k) => map.vertices[map.indices[i + k]]);
      triangles += Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
    }
    const area = polygonArea(shapeRings(map, s));
    assert.ok(area > 0, s.code);
    assert.equal(s.indexCount % 3, 0, s.code);
    assert.ok(Math.abs(triangles - area) / area < 0.001, `${s.code}: triangles ${triangles}, rings ${area}`);
  }
});

test('[S8.1.2] the label point of each shape lies inside it and inside its bounding box', () => {
  const { map } = realMap();
  for (const s of map.shapes) {
    const rings = shapeRings(map, s);
    assert.ok(insideShape(s.label, rings), `${s.code}: label ${s.label} is outside`);
    const [minX, minY, maxX, maxY] = s.bbox;
    const xs = rings.flatMap((r) => r.points.map((p) => p[0]));
    const ys = rings.flatMap((r) => r.points.map((p) => p[1]));
    assert.deepEqual([minX, minY, maxX, maxY], [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], s.code);
  }
});

test('[S8.1.2] neighbouring counties share their border segments', () => {
  const { map } = realMap();
  const edgeKey = (a, b) => (a < b ? `${a},${b}` : `${b},${a}`);
  for (const g of map.groups) {
    const members = map.shapes.filter((s) => s.parent === g.parent);
    // Which shapes of the group have each edge in their rings.
    const users = new Map();
    for (const s of members) {
      for (let r = s.firstRing; r < s.firstRing + s.ringCount; r++) {
        const { first, count } = map.rings[r];
        for (let i = 0; i < count; i++) {
          const k = edgeKey(map.ringIndices[first + i], map.ringIndices[first + ((i + 1) % count)]);
          users.set(k, (users.get(k) ?? new Set()).add(s.code));
        }
      }
    }
    let shared = 0;
    const seen = new Set();
    for (let i = g.firstSegment; i < g.firstSegment + g.segmentCount; i++) {
      const k = edgeKey(...map.segments[i]);
      assert.ok(!seen.has(k), `${g.parent}: segment ${k} twice`);
      seen.add(k);
      const n = users.get(k)?.size ?? 0;
      assert.ok(n === 1 || n === 2, `${g.parent}: segment ${k} belongs to ${n} shapes`);
      if (n === 2) shared++;
    }
    // Every edge two shapes share is a segment, and (cities and counties have
    // neighbours) there are such edges.
    for (const [k, codes] of users) if (codes.size === 2) assert.ok(seen.has(k), `${g.parent}: shared edge ${k} missing`);
    assert.ok(shared > 0, `${g.parent}: no shared border`);
  }
  // Jinan's border with Laiwu is inside the merged shape: no segment of the cities' group.
  const jinan = map.shapes.find((s) => s.code === '370100');
  const [jinanEdges, laiwuEdges] = map.rings.slice(jinan.firstRing, jinan.firstRing + jinan.ringCount).map((r) => {
    const v = map.ringIndices.slice(r.first, r.first + r.count);
    return new Set(v.map((a, i) => edgeKey(a, v[(i + 1) % v.length])));
  });
  const inner = [...jinanEdges].filter((k) => laiwuEdges.has(k));
  assert.ok(inner.length > 10, `Jinan and Laiwu share ${inner.length} edges`);
  const g = map.groups[0];
  const citySegments = new Set(map.segments.slice(g.firstSegment, g.firstSegment + g.segmentCount).map(([a, b]) => edgeKey(a, b)));
  for (const k of inner) assert.ok(!citySegments.has(k), `the Jinan–Laiwu edge ${k} is a border segment`);
});

test('[S8.1.2] the same input gives the same bytes', () => {
  const { bytes } = realMap();
  const again = buildMap({ deps, regions: regionsFile, seats: seatsFile });
  assert.ok(Buffer.compare(bytes, again.bytes) === 0, 'a second build differs');
});

test('[S8.1.2] the build fails on a region without an outline and on an outline without a region', () => {
  const edited = (change) => {
    const json = structuredClone(regions);
    change(json);
    const file = path.join(scratch, 'regions.edited.json');
    writeFileSync(file, JSON.stringify(json));
    return runBuild(file, path.join(scratch, 'edited.hcmap'));
  };
  const added = edited((j) => j.cities[0].counties.push({ code: '370199', name: '新区' }));
  assert.notEqual(added.status, 0);
  assert.match(added.stderr, /without an outline.*370199 新区/);

  const dropped = edited((j) => { j.cities[0].counties = j.cities[0].counties.filter((k) => k.code !== '370124'); });
  assert.notEqual(dropped.status, 0);
  assert.match(dropped.stderr, /match no region.*370124 平阴县/);

  const zone = edited((j) => j.cities[2].zones = [{ code: 'Z370301', name: '无驻地' }]);
  assert.notEqual(zone.status, 0);
  assert.match(zone.stderr, /Z370301 无驻地 has no boundary and no seat/);
});
