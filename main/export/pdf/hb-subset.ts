// HarfBuzz font subsetting (the harfbuzz-subset.wasm that subset-font ships), with the same settings subset-font used
// for our sfnt input, without its WOFF converters (loaded eagerly there) and with the wasm compiled ahead of use.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

interface HbExports {
  readonly memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(n: number): number;
  free(p: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x00000200;

/** The wasm file of the harfbuzzjs copy that subset-font depends on, wherever the app runs from. */
function wasmPath(): string {
  const subsetFont: (() => string)[] = [
    () => require.resolve('subset-font'),
    // ESM (the sources run through tsx) has no require: resolve from the entry script, then the working folder.
    () => createRequire(path.resolve(process.argv[1] ?? '.')).resolve('subset-font'),
    () => createRequire(path.join(process.cwd(), 'package.json')).resolve('subset-font'),
  ];
  for (const from of subsetFont) {
    try {
      return createRequire(from()).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    } catch {
      // next candidate
    }
  }
  throw new Error('找不到 HarfBuzz 字体子集程序（harfbuzz-subset.wasm），安装可能不完整。');
}

let instance: Promise<HbExports> | null = null;

/**
 * Starts reading and compiling HarfBuzz (V8 compiles wasm on background threads), so that it is ready by the time
 * the layout is done. Safe to call many times.
 */
export function prepareSubsetter(): Promise<HbExports> {
  instance ??= (async () => {
    const { instance: inst } = await WebAssembly.instantiate(await readFile(wasmPath()));
    const hb = inst.exports as unknown as HbExports;
    hb._initialize();
    return hb;
  })();
  instance.catch(() => {
    instance = null;
  });
  return instance;
}

/**
 * The font cut down to the glyphs of `chars`, as an sfnt: every layout feature kept, no layout closure (our text is
 * drawn one glyph per character from the cmap).
 */
export async function subsetSfnt(font: Uint8Array, chars: string): Promise<Uint8Array> {
  const hb = await prepareSubsetter();
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('HarfBuzz: hb_subset_input_create_or_fail failed');
  const buffer = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, buffer);
  const blob = hb.hb_blob_create(buffer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  try {
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    const flags = hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE;
    hb.hb_subset_input_set_flags(input, flags);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const ch of chars) hb.hb_set_add(unicodes, ch.codePointAt(0) ?? 0);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('HarfBuzz: hb_subset_or_fail failed (damaged font file?)');
    const result = hb.hb_face_reference_blob(subset);
    try {
      const offset = hb.hb_blob_get_data(result, 0);
      const length = hb.hb_blob_get_length(result);
      if (length === 0) throw new Error('HarfBuzz: empty subset (damaged font file?)');
      return new Uint8Array(hb.memory.buffer, offset, length).slice();
    } finally {
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subset);
    }
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(buffer);
  }
}
