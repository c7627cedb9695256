// Plane geometry of the map's polygons: areas, inside tests and the label point. A
// polygon is [outline, ...holes], each ring a list of [x, y] (not closed).

// Twice the signed area (shoelace; positive when counter-clockwise, north up).
export function ringArea2(ring) {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return s;
}

export const ringArea = (ring) => ringArea2(ring) / 2;

// The outline's area less the holes'.
export const polygonArea = ([outline, ...holes]) =>
  Math.abs(ringArea(outline)) - holes.reduce((s, h) => s + Math.abs(ringArea(h)), 0);

// Even–odd rule: inside the outline and in no hole.
export function pointInRing(p, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > p[1]) !== (yj > p[1]) && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export const pointInPolygon = (p, polygon) => polygon.reduce((inside, ring) => inside !== pointInRing(p, ring), false);

// The offset from the point of the segment a–b nearest to p to p (from a when a = b).
export function segmentOffset(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  return [p[0] - a[0] - t * dx, p[1] - a[1] - t * dy];
}

function segmentDistance2(p, a, b) {
  const [ex, ey] = segmentOffset(p, a, b);
  return ex * ex + ey * ey;
}

// Distance from p to the polygon's nearest edge: positive inside, negative outside.
export function signedDistance(p, polygon) {
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) best = Math.min(best, segmentDistance2(p, ring[j], ring[i]));
  }
  return (pointInPolygon(p, polygon) ? 1 : -1) * Math.sqrt(best);
}

// A small binary heap of cells, largest `max` first.
class CellQueue {
  constructor() { this.items = []; }
  get size() { return this.items.length; }
  push(c) {
    const a = this.items;
    a.push(c);
    for (let i = a.length - 1; i > 0;) {
      const up = (i - 1) >> 1;
      if (a[up].max >= a[i].max) break;
      [a[up], a[i]] = [a[i], a[up]];
      i = up;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l].max > a[m].max) m = l;
        if (r < a.length && a[r].max > a[m].max) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

function cell(x, y, half, polygon) {
  const d = signedDistance([x, y], polygon);
  return { x, y, half, d, max: d + half * Math.SQRT2 };
}

// The pole of inaccessibility: the point inside the polygon (not in a hole) farthest
// from its edges, to within `precision`. Square cells are split while one could still
// hold a point farther from the edges than the best found (its centre's distance plus
// its half diagonal), the most promising first. A centroid of a crescent or a ring of
// islands can fall outside; this point cannot.
export function poleOfInaccessibility(polygon, precision = 0.5) {
  const outline = polygon[0];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of outline) {
    minX = Math.min(minX, x); minY = Math.min(minY, y);
    maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
  }
  const size = Math.min(maxX - minX, maxY - minY);
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0, polygon);
  if (size === 0) return [best.x, best.y];
  const queue = new CellQueue();
  const half = size / 2;
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + half, y + half, half, polygon));
  }
  while (queue.size) {
    const c = queue.pop();
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.half / 2;
    queue.push(cell(c.x - h, c.y - h, h, polygon));
    queue.push(cell(c.x + h, c.y - h, h, polygon));
    queue.push(cell(c.x - h, c.y + h, h, polygon));
    queue.push(cell(c.x + h, c.y + h, h, polygon));
  }
  return [best.x, best.y];
}

// The label point on the integer grid: the pole of inaccessibility rounded, or of the
// grid points around it the one farthest inside (rounding can step over an edge of a
// narrow polygon). Throws when none is inside.
export function labelPoint(polygon) {
  const [px, py] = poleOfInaccessibility(polygon);
  let best = null;
  for (let dx = -1; dx <= 2; dx++) {
    for (let dy = -1; dy <= 2; dy++) {
      const p = [Math.floor(px) + dx, Math.floor(py) + dy];
      const d = signedDistance(p, polygon);
      if (d > 0 && (!best || d > best.d)) best = { p, d };
    }
  }
  if (!best) throw new Error(`no grid point inside the polygon near (${px}, ${py})`);
  return best.p;
}
