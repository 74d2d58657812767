// Rasterises a PDF page with pdftoppm (greyscale PGM) and measures ink inside boxes given in PDF points.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { run } from './tools';

export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  readonly pixels: Uint8Array;
}

export function rasterize(pdf: string, page: number, dir: string, dpi = 150): Raster {
  const prefix = path.join(dir, `ink-${page}`);
  run('pdftoppm', [
    '-gray',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    prefix,
  ]);
  const buf = readFileSync(`${prefix}.pgm`);
  // P5 header: magic, width, height, maxval, each followed by whitespace.
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[i] ?? 32))) i++;
    let tok = '';
    while (!/\s/.test(String.fromCharCode(buf[i] ?? 32))) tok += String.fromCharCode(buf[i++] ?? 32);
    fields.push(tok);
  }
  i++;
  const [magic, w, h] = fields;
  if (magic !== 'P5') throw new Error('not a PGM');
  return {
    width: Number.parseInt(w ?? '0', 10),
    height: Number.parseInt(h ?? '0', 10),
    dpi,
    pixels: buf.subarray(i),
  };
}

/** Inked pixels (grey value < 192) inside a box given in points from the top-left corner of the page. */
export function inkIn(r: Raster, x: number, top: number, w: number, h: number): number {
  const s = r.dpi / 72;
  const x0 = Math.max(0, Math.floor(x * s));
  const x1 = Math.min(r.width, Math.ceil((x + w) * s));
  const y0 = Math.max(0, Math.floor(top * s));
  const y1 = Math.min(r.height, Math.ceil((top + h) * s));
  let n = 0;
  for (let y = y0; y < y1; y++)
    for (let xx = x0; xx < x1; xx++) if ((r.pixels[y * r.width + xx] ?? 255) < 192) n++;
  return n;
}
