// The export writers as the CLI runs them: the bundled render.cjs through the code cache when it is there (dist/cli),
// else the sources (development, tests).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadCachedBundle } from './code-cache';
import type * as RenderModule from './render';

/** What exportFiles needs of the writers. */
export type RenderFunctions = Pick<typeof RenderModule, 'render' | 'documentOf'>;

export interface Renderer extends RenderFunctions {
  /** Keeps V8's compiled code for the next process (after the work; see CachedBundle.save). */
  saveCache(): void;
}

/** The bundle file scripts/build-cli.mjs writes beside the CLI's chunks. */
export const RENDER_BUNDLE = 'render.cjs';

/** The bundled render.cjs beside this code (or in its chunks folder); null when running from the sources. */
export function renderBundle(): string | null {
  if (typeof __dirname !== 'string') return null;
  for (const dir of [__dirname, path.join(__dirname, 'chunks')]) {
    const file = path.join(dir, RENDER_BUNDLE);
    if (existsSync(file)) return file;
  }
  return null;
}

/**
 * The writers for one thread (`role`: its code cache is its own). From the bundle with the code cache in `cacheDir`
 * (null: none), else from the sources.
 */
export async function loadRenderer(role: string, cacheDir: string | null): Promise<Renderer> {
  const bundle = renderBundle();
  if (bundle) {
    const loaded = loadCachedBundle<RenderFunctions>(bundle, cacheDir, role);
    const { render, documentOf } = loaded.exports;
    return { render, documentOf, saveCache: () => loaded.save() };
  }
  // The bundles never come here (the PDF worker's build leaves this import out).
  const { render, documentOf } = await import('./render');
  return { render, documentOf, saveCache: () => undefined };
}
