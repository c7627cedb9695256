// Screenshots of the app saved under build/artifacts/<name>.png, and a small PNG
// reader (8-bit RGB/RGBA, not interlaced: what Chromium writes) so that tests can
// tell a drawn canvas from a blank one and compare two captures of a widget.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { artifactsDir } from './paths.mjs';

// A file name from a test name: letters, digits, dot, dash and underscore only.
export function artifactName(name) {
  return name.replace(/\[[^\]]*\]/g, '').trim().replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
}

// Saves a screenshot of the page (the viewport) as build/artifacts/<name>.png and
// resolves to {path, png} (png: the file's bytes).
export async function saveScreenshot(page, name) {
  const dir = artifactsDir();
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${artifactName(name)}.png`);
  const png = await page.screenshot({ type: 'png' });
  writeFileSync(file, png);
  return { path: file, png };
}

// Removes the failure screenshots an earlier run of test `name` left.
export function clearFailureScreenshots(name) {
  const prefix = `failed-${artifactName(name)}-`;
  let files = [];
  try { files = readdirSync(artifactsDir()); } catch { return; }
  for (const f of files) if (f.startsWith(prefix)) rmSync(path.join(artifactsDir(), f), { force: true });
}

// Saves a screenshot of every page of a browser context after a failure, quietly.
export async function saveFailureScreenshots(context, name) {
  const pages = context ? context.pages() : [];
  for (let i = 0; i < pages.length; i++) {
    await saveScreenshot(pages[i], `failed-${artifactName(name)}-${i + 1}`).catch(() => {});
  }
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

// Decodes a PNG into {width, height, channels, data} (data: unfiltered bytes, row-major).
export function decodePng(buf) {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let off = 8, width = 0, height = 0, depth = 0, colourType = 0, interlace = 0;
  const idat = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('ascii', off + 4, off + 8);
    const body = buf.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0); height = body.readUInt32BE(4);
      depth = body[8]; colourType = body[9]; interlace = body[12];
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    off += 12 + len;
  }
  const channels = { 2: 3, 6: 4 }[colourType];
  if (depth !== 8 || !channels || interlace) {
    throw new Error(`unsupported PNG (depth ${depth}, colour type ${colourType}, interlace ${interlace})`);
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for (let i = 0; i < stride; i++) {
      const x = raw[src + i];
      const a = i >= channels ? out[dst + i - channels] : 0;
      const b = y > 0 ? out[dst - stride + i] : 0;
      const c = y > 0 && i >= channels ? out[dst - stride + i - channels] : 0;
      let v;
      switch (filter) {
        case 0: v = x; break;
        case 1: v = x + a; break;
        case 2: v = x + b; break;
        case 3: v = x + ((a + b) >> 1); break;
        case 4: v = x + paeth(a, b, c); break;
        default: throw new Error(`bad PNG filter ${filter} on row ${y}`);
      }
      out[dst + i] = v & 0xff;
    }
  }
  return { width, height, channels, data: out };
}

// Colour statistics of a PNG: how many distinct RGB colours, the most common one
// ("#rrggbb") and the share of the pixels that have it.
export function colourStats(png) {
  const img = decodePng(png);
  const counts = new Map();
  const n = img.width * img.height;
  for (let p = 0; p < n; p++) {
    const o = p * img.channels;
    const key = (img.data[o] << 16) | (img.data[o + 1] << 8) | img.data[o + 2];
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  let top = 0, dominant = 0;
  for (const [key, c] of counts) if (c > top) { top = c; dominant = key; }
  return { width: img.width, height: img.height, distinct: counts.size, dominantShare: n ? top / n : 1,
    dominant: `#${dominant.toString(16).padStart(6, '0')}` };
}

// A screenshot of one rectangle of the page (CSS pixels), as PNG bytes.
export function captureRect(page, r) {
  return page.screenshot({ type: 'png', clip: { x: r.x, y: r.y, width: Math.max(1, r.w), height: Math.max(1, r.h) } });
}

// True when two PNGs hold the same pixels.
export function samePixels(a, b) {
  const x = decodePng(a), y = decodePng(b);
  return x.width === y.width && x.height === y.height && x.channels === y.channels && x.data.equals(y.data);
}
