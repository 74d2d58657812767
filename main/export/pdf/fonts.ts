// Loaded font faces per role with per-character fallback and cached advance widths (cmap + hmtx read directly).
import { existsSync, readFileSync } from 'node:fs';
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

interface OpenedFont {
  readonly bytes: Buffer;
  readonly metrics: SfntMetrics;
}

/** Reads a font file; null when it is not a single sfnt or lacks the probe character (not a Chinese font). */
function openFont(file: string, probe: number): OpenedFont | null {
  try {
    const bytes = readFileSync(file);
    const metrics = readSfntMetrics(bytes); // throws on a collection or a file that is not a font
    return metrics.glyphId(probe) === 0 ? null : { bytes, metrics };
  } catch {
    return null;
  }
}

/**
 * A face over a font file opened on first use (`open`). Reads only the tables layout needs (no outline parsing):
 * most of a CJK font is never touched for a report of a few hundred distinct characters. Glyph ids and advances
 * are cached per code point.
 */
function makeFace(file: string, source: FontFace['source'], open: () => OpenedFont): FontFace {
  let opened: OpenedFont | null = null;
  const font = () => (opened ??= open());
  const gidCache = new Map<number, number>();
  const advCache = new Map<number, number>();
  const gid = (cp: number) => {
    let v = gidCache.get(cp);
    if (v === undefined) {
      v = font().metrics.glyphId(cp);
      gidCache.set(cp, v);
    }
    return v;
  };
  return {
    key: file,
    get name() {
      return font().metrics.postscriptName || path.basename(file);
    },
    get bytes() {
      return font().bytes;
    },
    source,
    has: (ch) => gid(ch.codePointAt(0) ?? 0) !== 0,
    advance(ch) {
      const cp = ch.codePointAt(0) ?? 0;
      let v = advCache.get(cp);
      if (v === undefined) {
        const { metrics } = font();
        v = metrics.advance(gid(cp)) / metrics.unitsPerEm;
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

/** An installed font, opened now: a file that is no usable Chinese font is skipped (null). */
function installedFace(file: string): FontFace | null {
  const hit = faceCache.get(file);
  if (hit) return hit;
  const opened = openFont(file, PROBE);
  if (!opened) return null;
  const face = makeFace(file, 'installed', () => opened);
  faceCache.set(file, face);
  return face;
}

/**
 * A bundled font, opened on first use: a report never touches most faces (楷体 headings, the fallback), and each is
 * several megabytes to read. A missing file fails here; a damaged one when first used.
 */
function bundledFace(file: string, probe = PROBE): FontFace {
  const hit = faceCache.get(file);
  if (hit) return hit;
  const unreadable = () => new Error(`内置字体 ${path.basename(file)} 无法读取（安装可能不完整）。`);
  if (!existsSync(file)) throw unreadable();
  const face = makeFace(file, 'bundled', () => {
    const opened = openFont(file, probe);
    if (!opened) throw unreadable();
    return opened;
  });
  faceCache.set(file, face);
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
      if (file) face = installedFace(file);
      if (face) break;
    }
    faces[role] = face ?? bundledFace(path.join(bundledDir, BUNDLED[role]));
  }
  const fallback = bundledFace(path.join(bundledDir, BUNDLED_FALLBACK), FALLBACK_PROBE);
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
