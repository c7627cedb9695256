// Reads a .hcmap file back for the tests, from the layout alone (not from the writer's
// code), checking that every count fits the file and that nothing is left over.
const code = (buf, at) => buf.toString('latin1', at, at + 8).replace(/\0+$/, '');

export function readHcmap(buf) {
  let at = 0;
  const u16 = () => { const v = buf.readUInt16LE(at); at += 2; return v; };
  const u32 = () => { const v = buf.readUInt32LE(at); at += 4; return v; };
  const i32 = () => { const v = buf.readInt32LE(at); at += 4; return v; };
  const str8 = () => { const s = code(buf, at); at += 8; return s; };
  const list = (n, read) => Array.from({ length: n }, read);

  const magic = buf.toString('latin1', 0, 4);
  if (magic !== 'HCMP') throw new Error(`bad magic ${JSON.stringify(magic)}`);
  at = 4;
  const version = u32();
  const originX = i32();
  const originY = i32();
  const unitsPerDegree = u32();
  const [vertexCount, indexCount, ringIndexCount, ringCount, shapeCount, segmentCount, groupCount, markerCount] =
    list(8, u32);
  const vertices = list(vertexCount, () => [u16(), u16()]);
  const indices = list(indexCount, u32);
  const ringIndices = list(ringIndexCount, u32);
  const rings = list(ringCount, () => ({ first: u32(), count: u32(), hole: u32() }));
  const shapes = list(shapeCount, () => ({
    code: str8(), parent: str8(), label: [u16(), u16()], bbox: [u16(), u16(), u16(), u16()],
    firstIndex: u32(), indexCount: u32(), firstRing: u32(), ringCount: u32(),
  }));
  const segments = list(segmentCount, () => [u32(), u32()]);
  const groups = list(groupCount, () => ({ parent: str8(), firstSegment: u32(), segmentCount: u32() }));
  const markers = list(markerCount, () => ({ code: str8(), parent: str8(), x: u16(), y: u16() }));
  if (at !== buf.length) throw new Error(`${buf.length - at} bytes after the markers`);
  return { version, originX, originY, unitsPerDegree, vertices, indices, ringIndices, rings, shapes, segments,
    groups, markers };
}

// The points of a shape's rings, [{ hole, points: [[x, y]] }].
export function shapeRings(map, shape) {
  return map.rings.slice(shape.firstRing, shape.firstRing + shape.ringCount).map((r) => ({
    hole: r.hole === 1,
    points: map.ringIndices.slice(r.first, r.first + r.count).map((v) => map.vertices[v]),
  }));
}
