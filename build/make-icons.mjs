#!/usr/bin/env node
// Draws the app icon (red rounded square, white report sheet with a title rule and a table) as PNGs and an ICO.
// Pure Node (zlib), no downloads: node build/make-icons.mjs → build/icon.png, build/icon.ico, build/icons/NxN.png.
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const RED = [200, 16, 46];
const WHITE = [255, 255, 255];
const FOLD = [232, 220, 222];
const INK = [200, 16, 46];
const GRID = [120, 120, 128];

/** Colour (with alpha) at a point of the unit square; later shapes paint over earlier ones. */
function paint(x, y) {
  let c = null;
  const r = 0.17;
  const [l, t, rr, b] = [0.05, 0.05, 0.95, 0.95];
  const cx = Math.min(Math.max(x, l + r), rr - r);
  const cy = Math.min(Math.max(y, t + r), b - r);
  if (x >= l && x <= rr && y >= t && y <= b && (x - cx) ** 2 + (y - cy) ** 2 <= r * r) c = RED;
  const [sl, st, sr, sb, fold] = [0.25, 0.16, 0.75, 0.84, 0.13];
  if (x >= sl && x <= sr && y >= st && y <= sb && x - sl + (y - st) >= 0) {
    const inCut = x > sr - fold && y < st + fold;
    const beyondFold = inCut && x - (sr - fold) > y - st;
    if (!beyondFold) c = inCut ? FOLD : WHITE;
  }
  // Title rule and a small table on the sheet.
  if (y >= 0.27 && y <= 0.31 && x >= 0.32 && x <= 0.6) c = INK;
  const inTable = x >= 0.32 && x <= 0.68 && y >= 0.42 && y <= 0.74;
  if (inTable) {
    const w = 0.012;
    const rows = [0.42, 0.5, 0.58, 0.66, 0.74].some((ry) => Math.abs(y - ry) <= w);
    const cols = [0.32, 0.46, 0.57, 0.68].some((rx) => Math.abs(x - rx) <= w);
    if (rows || cols) c = GRID;
  }
  return c;
}

/** RGBA pixels at `size`, 4×4 supersampled. */
function render(size) {
  const px = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = paint((i + (sx + 0.5) / n) / size, (j + (sy + 0.5) / n) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (j * size + i) * 4;
      if (a) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
      }
      px[o + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function png(size) {
  const px = render(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j++) px.copy(raw, j * (size * 4 + 1) + 1, j * size * 4, (j + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO whose entries are PNG images (Windows Vista and later). */
export function ico(sizes) {
  const images = sizes.map((s) => png(s));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = 6 + 16 * sizes.length;
  const entries = sizes.map((s, k) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(s >= 256 ? 0 : s, 0);
    e.writeUInt8(s >= 256 ? 0 : s, 1);
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(images[k].length, 8);
    e.writeUInt32LE(offset, 12);
    offset += images[k].length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(path.join(here, 'icons'), { recursive: true });
  writeFileSync(path.join(here, 'icon.png'), png(512));
  writeFileSync(path.join(here, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256]));
  for (const s of [16, 32, 48, 64, 128, 256, 512])
    writeFileSync(path.join(here, 'icons', `${s}x${s}.png`), png(s));
  console.log('已生成 build/icon.png、build/icon.ico 与 build/icons/');
}
