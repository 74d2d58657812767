// Loaded font faces per role with per-character fallback and cached advance widths (cmap + hmtx read directly).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  BUNDLED,
  BUNDLED_FALLBACK,
  FONT_ROLES,
  INSTALLED_CANDIDATES,
  bundledFontsDir,
  defaultFontDirs,
  scanFontDirs,
  type FontRole,
} from './font-files';
import { readSfntMetrics, type SfntMetrics } from './sfnt-metrics';

export interface FontFace {
  /** Stable id: the file path. */
  readonly key: string;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly source: 'installed' | 'bundled';
  has(ch: string): boolean;
  /** Advance width of one character in em (1 = the font size). */
  advance(ch: string): number;
}

export interface FontSet {
  face(role: FontRole): FontFace;
  readonly fallback: FontFace;
  /** The face that draws `ch` for `role`: the role's own font, else the fallback, else the role's font (.notdef). */
  faceFor(role: FontRole, ch: string): FontFace;
}

/**
 * Reads only the tables layout needs (no outline parsing): most of a CJK font is never touched for a report of a few
 * hundred distinct characters. Glyph ids and advances are cached per code point.
 */
function loadFace(file: string, source: FontFace['source'], probe: number): FontFace | null {
  let bytes: Buffer;
  let font: SfntMetrics;
  try {
    bytes = readFileSync(file);
    font = readSfntMetrics(bytes); // throws on a collection or a file that is not a font
    if (font.glyphId(probe) === 0) return null; // not a Chinese font
  } catch {
    return null;
  }
  const gidCache = new Map<number, number>();
  const advCache = new Map<number, number>();
  const upem = font.unitsPerEm;
  const gid = (cp: number) => {
    let v = gidCache.get(cp);
    if (v === undefined) {
      v = font.glyphId(cp);
      gidCache.set(cp, v);
    }
    return v;
  };
  return {
    key: file,
    name: font.postscriptName || path.basename(file),
    bytes,
    source,
    has: (ch) => gid(ch.codePointAt(0) ?? 0) !== 0,
    advance(ch) {
      const cp = ch.codePointAt(0) ?? 0;
      let v = advCache.get(cp);
      if (v === undefined) {
        v = font.advance(gid(cp)) / upem;
        advCache.set(cp, v);
      }
      return v;
    },
  };
}

export interface FontSetOptions {
  /** Folders searched for installed 公文 fonts; [] = bundled fonts only. Default: the usual system folders. */
  readonly searchDirs?: readonly string[];
  /** Bundled fonts folder; default: found by `bundledFontsDir()`. */
  readonly bundledDir?: string;
}

const setCache = new Map<string, FontSet>();
const faceCache = new Map<string, FontFace>();

/** 中, or 喆 for the fallback (which holds only characters outside GB2312). */
const PROBE = 0x4e2d;
const FALLBACK_PROBE = 0x5586;

function cachedFace(file: string, source: FontFace['source'], probe = PROBE): FontFace | null {
  const hit = faceCache.get(file);
  if (hit) return hit;
  const face = loadFace(file, source, probe);
  if (face) faceCache.set(file, face);
  return face;
}

/** Loads (once per process and options) the faces for every role. */
export function loadFontSet(options: FontSetOptions = {}): FontSet {
  const dirs = options.searchDirs ?? defaultFontDirs();
  const bundledDir = options.bundledDir ?? bundledFontsDir();
  const cacheKey = JSON.stringify([dirs, bundledDir]);
  const cached = setCache.get(cacheKey);
  if (cached) return cached;
  const installed = dirs.length > 0 ? scanFontDirs(dirs) : new Map<string, string>();
  const faces = {} as Record<FontRole, FontFace>;
  for (const role of FONT_ROLES) {
    let face: FontFace | null = null;
    for (const name of INSTALLED_CANDIDATES[role]) {
      const file = installed.get(name);
      if (file) face = cachedFace(file, 'installed');
      if (face) break;
    }
    face ??= cachedFace(path.join(bundledDir, BUNDLED[role]), 'bundled');
    if (!face) throw new Error(`内置字体 ${BUNDLED[role]} 无法读取（安装可能不完整）。`);
    faces[role] = face;
  }
  const fallback = cachedFace(path.join(bundledDir, BUNDLED_FALLBACK), 'bundled', FALLBACK_PROBE);
  if (!fallback) throw new Error(`内置字体 ${BUNDLED_FALLBACK} 无法读取（安装可能不完整）。`);
  const set: FontSet = {
    face: (role) => faces[role],
    fallback,
    faceFor(role, ch) {
      const own = faces[role];
      if (own.has(ch) || !fallback.has(ch)) return own;
      return fallback;
    },
  };
  setCache.set(cacheKey, set);
  return set;
}
