// Topology-preserving simplification of the rings of one level of the map (all city
// outlines, or all county outlines), in the manner of TopoJSON: the rings are cut
// into arcs at the junctions, the points where the set of rings meeting there
// changes; an arc that two rings share is stored once and simplified once
// (Douglas–Peucker, its two ends kept), so that after simplification neighbours still
// have exactly the same border, with no gap and no overlap between them.
//
// Points are [x, y] integers (units of 1/1024 degree), which makes "the same point"
// exact: the sources give neighbours' common borders as the same integer points, but
// for a few stretches where their outlines differ by a unit or a few (those are kept
// as two arcs, one per side).
import { segmentOffset } from './geometry.mjs';

const same = (a, b) => a[0] === b[0] && a[1] === b[1];
// A number that names an integer point (|x|, |y| < 2^21).
export const pointKey = (p) => p[0] * 4194304 + p[1];

// A ring as the sources have it, minus what has no area: the repeated first point at
// its end, points repeated in a row, and spikes (a point where the outline turns
// back on itself along the same line; the county data have thousands, where the
// original outline was finer than 1/1024 degree).
function dropSpikes(ring) {
  let r = ring;
  for (let changed = true; changed && r.length >= 3;) {
    changed = false;
    const out = [];
    for (let i = 0; i < r.length; i++) {
      const a = out.length ? out[out.length - 1] : r[r.length - 1];
      const b = r[i];
      const c = r[(i + 1) % r.length];
      const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
      const dot = (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]);
      if (same(a, b) || (cross === 0 && dot < 0)) {
        changed = true;
        continue;
      }
      out.push(b);
    }
    r = out;
  }
  return r;
}

const orientation = (a, b, c) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

// Whether segments p–q and u–v cross, each passing through the other's inside
// (touching at a point or running along each other is not crossing).
function segmentsCross(p, q, u, v) {
  const o1 = orientation(p, q, u);
  const o2 = orientation(p, q, v);
  const o3 = orientation(u, v, p);
  const o4 = orientation(u, v, q);
  return o1 && o2 && o3 && o4 && o1 !== o2 && o3 !== o4;
}

// A knot is a ring crossing itself within a few points (a twisted loop of a unit or
// two, where the original outline was finer than the grid): the county data have a
// handful, on borders two counties share, and earcut misreads them. The points
// between the two crossing segments are dropped. Of several knots the one of fewest
// points goes first, ties broken by the points themselves, so that both rings along a
// border (which run through it in opposite directions) lose the same points.
const MAX_KNOT_POINTS = 8;

function findKnot(r) {
  const n = r.length;
  let best = null;
  for (let i = 0; i < n; i++) {
    for (let span = 2; span <= MAX_KNOT_POINTS && span < n - 1; span++) {
      const j = (i + span) % n;
      if (!segmentsCross(r[i], r[(i + 1) % n], r[j], r[(j + 1) % n])) continue;
      const inside = [];
      for (let k = 1; k <= span; k++) inside.push((i + k) % n);
      const keys = inside.map((k) => pointKey(r[k])).sort((a, b) => a - b);
      if (!best || span < best.span || (span === best.span && keys.join() < best.keys.join())) best = { span, inside, keys };
    }
  }
  return best;
}

// Returns { points, knots }: the ring cleaned (not closed; none when nothing with an
// area is left) and the number of knots cut out of it.
export function cleanRing(ring) {
  let r = ring.slice();
  if (r.length > 1 && same(r[0], r[r.length - 1])) r.pop();
  r = dropSpikes(r);
  let knots = 0;
  for (let knot = findKnot(r); knot && r.length >= 3; knot = findKnot(r)) {
    const drop = new Set(knot.inside);
    r = dropSpikes(r.filter((_, k) => !drop.has(k)));
    knots++;
  }
  return { points: r.length >= 3 ? r : [], knots };
}

// The points where two rings meet and part: a point seen again with other neighbours
// (in either direction) than the first time. A point inside a common border has the
// same two neighbours in both rings; the ends of the border do not.
function findJunctions(rings) {
  const seen = new Map();
  const junctions = new Set();
  for (const r of rings) {
    for (let i = 0; i < r.length; i++) {
      const k = pointKey(r[i]);
      const prev = pointKey(r[(i + r.length - 1) % r.length]);
      const next = pointKey(r[(i + 1) % r.length]);
      const first = seen.get(k);
      if (!first) seen.set(k, [prev, next]);
      else if (!((first[0] === prev && first[1] === next) || (first[0] === next && first[1] === prev))) junctions.add(k);
    }
  }
  return junctions;
}

// A closed ring without junctions, rotated to start at its smallest point, so that
// two rings with the same points (an enclave and the hole around it) give one arc.
function rotateToSmallest(r) {
  let m = 0;
  for (let i = 1; i < r.length; i++) if (pointKey(r[i]) < pointKey(r[m])) m = i;
  return [...r.slice(m), ...r.slice(0, m), r[m]];
}

const arcId = (points) => points.map(pointKey).join(',');

// Cuts the rings into arcs. Returns { arcs, rings } where arcs[i] = { points } (from
// one junction to the next, both included; the arc of a ring without junctions starts
// and ends at the same point) and rings[j] = [{ arc, reversed }] in the ring's order.
export function buildArcs(rings) {
  const junctions = findJunctions(rings);
  const arcs = [];
  const index = new Map();
  const use = (points) => {
    const fwd = arcId(points);
    if (index.has(fwd)) return { arc: index.get(fwd), reversed: false };
    const back = arcId(points.slice().reverse());
    if (index.has(back)) return { arc: index.get(back), reversed: true };
    index.set(fwd, arcs.length);
    arcs.push({ points });
    return { arc: arcs.length - 1, reversed: false };
  };
  const out = rings.map((r) => {
    const cuts = [];
    for (let i = 0; i < r.length; i++) if (junctions.has(pointKey(r[i]))) cuts.push(i);
    if (!cuts.length) return [use(rotateToSmallest(r))];
    const parts = [];
    for (let c = 0; c < cuts.length; c++) {
      const from = cuts[c];
      const to = c + 1 < cuts.length ? cuts[c + 1] : cuts[0] + r.length;
      const pts = [];
      for (let i = from; i <= to; i++) pts.push(r[i % r.length]);
      parts.push(use(pts));
    }
    return parts;
  });
  return { arcs, rings: out };
}


// Douglas–Peucker: which points of the arc are kept (a boolean per point; the ends
// always). The point chosen to split a stretch does not depend on the tolerance, so a
// smaller tolerance keeps a superset of the points a larger one keeps.
export function douglasPeucker(points, tolerance) {
  const keep = new Array(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    let far = -1;
    let best = -1;
    for (let k = i + 1; k < j; k++) {
      const d = Math.hypot(...segmentOffset(points[k], points[i], points[j]));
      if (d > best) {
        best = d;
        far = k;
      }
    }
    if (far >= 0 && best > tolerance) {
      keep[far] = true;
      stack.push([i, far], [far, j]);
    }
  }
  return keep;
}

// The ring's points from its arcs, each arc's last point being the next one's first.
function ringPoints(parts, arcPoints) {
  const out = [];
  for (const { arc, reversed } of parts) {
    const pts = reversed ? arcPoints[arc].slice().reverse() : arcPoints[arc];
    for (let i = 0; i < pts.length - 1; i++) out.push(pts[i]);
  }
  return out;
}

const distinctCount = (pts) => new Set(pts.map(pointKey)).size;

// The pairs of segments of the arcs that cross, found through a grid of cells. Returns [{ a: [arc, i], b: [arc, j] }], segment i of an
// arc going from its point i to i + 1.
function findCrossings(arcPoints, cell = 32) {
  const segs = [];
  const grid = new Map();
  arcPoints.forEach((pts, arc) => {
    for (let i = 0; i + 1 < pts.length; i++) {
      const p = pts[i];
      const q = pts[i + 1];
      const id = segs.length;
      segs.push({ arc, i, p, q });
      for (let gx = Math.floor(Math.min(p[0], q[0]) / cell); gx <= Math.floor(Math.max(p[0], q[0]) / cell); gx++) {
        for (let gy = Math.floor(Math.min(p[1], q[1]) / cell); gy <= Math.floor(Math.max(p[1], q[1]) / cell); gy++) {
          const k = gx * 65536 + gy;
          const list = grid.get(k);
          if (list) list.push(id);
          else grid.set(k, [id]);
        }
      }
    }
  });
  const seen = new Set();
  const out = [];
  for (const list of grid.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const s = segs[list[x]];
        const t = segs[list[y]];
        if (!segmentsCross(s.p, s.q, t.p, t.q)) continue;
        const key = list[x] * 4194304 + list[y];
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ a: [s.arc, s.i], b: [t.arc, t.i] });
      }
    }
  }
  return out;
}

// Simplifies the rings (already cleaned) at `tolerance` (units of the points), keeping
// shared borders shared. Returns { rings, arcs, sharedArcs, crossings }: the
// simplified rings (not closed) in the order given, the number of arcs and of arcs two
// rings share, and the crossings left (between borders of the source that cross each
// other at full detail; simplification adds none).
//
// - No ring ends up with fewer than `minPoints` distinct points (or all of its own
//   when it has fewer): where one would, the tolerance of its arcs is halved until it
//   has them. (Raising a ring's points only adds points to its arcs, so one pass over
//   the rings leaves every ring with enough.)
// - No two segments cross: where simplification made two arcs cross (a shortcut
//   across a narrow bay, over an island or a neighbour's corner), the tolerance of
//   both is halved, down to keeping every point. Both only add points, to all the
//   rings sharing those arcs.
export function simplifyRings(rings, tolerance, minPoints = 4) {
  const { arcs, rings: ringArcs } = buildArcs(rings);
  const arcTolerance = arcs.map(() => tolerance);
  const simplifyArc = (i) => {
    const { points } = arcs[i];
    const keep = douglasPeucker(points, arcTolerance[i]);
    return points.filter((_, k) => keep[k]);
  };
  const lower = (arc) => {
    arcTolerance[arc] = arcTolerance[arc] > 0.1 ? arcTolerance[arc] / 2 : -1;
    arcPoints[arc] = simplifyArc(arc);
  };
  const arcPoints = arcs.map((_, i) => simplifyArc(i));
  ringArcs.forEach((parts, r) => {
    const want = Math.min(minPoints, distinctCount(rings[r]));
    while (distinctCount(ringPoints(parts, arcPoints)) < want) {
      for (const { arc } of parts) lower(arc);
    }
  });
  for (let round = 0; ; round++) {
    if (round > 100) throw new Error('simplification: crossings remain after 100 rounds');
    const lowered = new Set();
    for (const { a, b } of findCrossings(arcPoints)) {
      for (const [arc] of [a, b]) if (arcTolerance[arc] >= 0) lowered.add(arc);
    }
    if (!lowered.size) break;
    for (const arc of lowered) lower(arc);
  }
  const out = ringArcs.map((parts) => ringPoints(parts, arcPoints));
  // What crosses still is between two arcs of the source at full detail.
  const shared = new Set();
  const used = new Set();
  for (const parts of ringArcs) for (const { arc } of parts) (used.has(arc) ? shared : used).add(arc);
  return { rings: out, arcs: arcs.length, sharedArcs: shared.size, crossings: findCrossings(arcPoints).length };
}
