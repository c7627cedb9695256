// Writes the map mesh file (.hcmap) that the dashboard's map widget loads: little-endian,
// no padding, in this order (the C++ loader reads the same layout):
//
//   char magic[4] = "HCMP"; u32 version = 1;
//   i32 originX, originY;        lon*1024, lat*1024 of vertex (0, 0)
//   u32 unitsPerDegree = 1024;
//   u32 vertexCount, indexCount, ringIndexCount, ringCount, shapeCount, segmentCount,
//       groupCount, markerCount;
//   vertices     { u16 x, u16 y }                 north is +y
//   indices      u32                              triangles, global vertex indices
//   ringIndices  u32                              each ring's vertices, not closed
//   rings        { u32 first, u32 count, u32 hole }
//   shapes       { char code[8]; char parent[8]; u16 labelX, labelY, minX, minY, maxX, maxY;
//                  u32 firstIndex, indexCount, firstRing, ringCount }
//   segments     { u32 a, u32 b }
//   groups       { char parent[8]; u32 firstSegment, segmentCount }
//   markers      { char code[8]; char parent[8]; u16 x, u16 y }
//
// Codes are ASCII, zero-padded to 8 bytes.

export const MAGIC = 'HCMP';
export const VERSION = 1;
export const UNITS_PER_DEGREE = 1024;
export const HEADER_BYTES = 4 + 4 + 4 + 4 + 4 + 8 * 4;
export const SHAPE_BYTES = 8 + 8 + 6 * 2 + 4 * 4;
export const GROUP_BYTES = 8 + 4 + 4;
export const MARKER_BYTES = 8 + 8 + 2 + 2;

class Writer {
  constructor(size) {
    this.buf = Buffer.alloc(size);
    this.at = 0;
  }
  u16(v) {
    if (!Number.isInteger(v) || v < 0 || v > 0xffff) throw new Error(`hcmap: ${v} does not fit a u16`);
    this.at = this.buf.writeUInt16LE(v, this.at);
  }
  u32(v) {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new Error(`hcmap: ${v} does not fit a u32`);
    this.at = this.buf.writeUInt32LE(v, this.at);
  }
  i32(v) { this.at = this.buf.writeInt32LE(v, this.at); }
  code(s) {
    if (!/^[\x21-\x7e]{1,8}$/.test(s)) throw new Error(`hcmap: code ${JSON.stringify(s)} is not 1 to 8 ASCII characters`);
    this.buf.fill(0, this.at, this.at + 8);
    this.buf.write(s, this.at, 'latin1');
    this.at += 8;
  }
}

// mesh: { originX, originY, vertices: [[x, y]], indices: [], ringIndices: [],
//   rings: [{ first, count, hole }], shapes: [{ code, parent, label: [x, y],
//   bbox: [minX, minY, maxX, maxY], firstIndex, indexCount, firstRing, ringCount }],
//   segments: [[a, b]], groups: [{ parent, firstSegment, segmentCount }],
//   markers: [{ code, parent, x, y }] }
export function encodeHcmap(mesh) {
  const size = HEADER_BYTES + mesh.vertices.length * 4 + mesh.indices.length * 4 + mesh.ringIndices.length * 4 +
    mesh.rings.length * 12 + mesh.shapes.length * SHAPE_BYTES + mesh.segments.length * 8 +
    mesh.groups.length * GROUP_BYTES + mesh.markers.length * MARKER_BYTES;
  const w = new Writer(size);
  w.buf.write(MAGIC, 0, 'latin1');
  w.at = 4;
  w.u32(VERSION);
  w.i32(mesh.originX);
  w.i32(mesh.originY);
  w.u32(UNITS_PER_DEGREE);
  for (const n of [mesh.vertices, mesh.indices, mesh.ringIndices, mesh.rings, mesh.shapes, mesh.segments, mesh.groups,
    mesh.markers]) w.u32(n.length);
  for (const [x, y] of mesh.vertices) { w.u16(x); w.u16(y); }
  for (const i of mesh.indices) w.u32(i);
  for (const i of mesh.ringIndices) w.u32(i);
  for (const r of mesh.rings) { w.u32(r.first); w.u32(r.count); w.u32(r.hole ? 1 : 0); }
  for (const s of mesh.shapes) {
    w.code(s.code);
    w.code(s.parent);
    w.u16(s.label[0]); w.u16(s.label[1]);
    for (const v of s.bbox) w.u16(v);
    w.u32(s.firstIndex); w.u32(s.indexCount); w.u32(s.firstRing); w.u32(s.ringCount);
  }
  for (const [a, b] of mesh.segments) { w.u32(a); w.u32(b); }
  for (const g of mesh.groups) { w.code(g.parent); w.u32(g.firstSegment); w.u32(g.segmentCount); }
  for (const m of mesh.markers) { w.code(m.code); w.code(m.parent); w.u16(m.x); w.u16(m.y); }
  if (w.at !== size) throw new Error(`hcmap: wrote ${w.at} bytes of ${size}`);
  return w.buf;
}
