// Runs a bundled CommonJS file with V8's code cache kept in the app's cache folder: a fresh process then skips
// parsing and compiling what an earlier run compiled (Node 20 has no module.enableCompileCache).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { APP_DIR_NAME } from '../store/data-dir';

/** The first line the build gives a bundle: the SHA-256 of the rest (scripts/build-cli.mjs). */
export const BUNDLE_ID = /^\/\/ nianbao-bundle ([0-9a-f]{64})\n/;
const MAGIC = 'nianbao-code-cache 1\n';
const HEADER_BYTES = MAGIC.length + 65; // magic, SHA-256 of the payload in hex, '\n'

/**
 * The app's cache folder, never beside the clerk's files: $NIANBAO_CACHE_DIR; else `cache` in $NIANBAO_DATA_DIR;
 * else the OS per-user cache folder (%LOCALAPPDATA%\nianbao\Cache, ~/Library/Caches/nianbao, $XDG_CACHE_HOME/nianbao
 * or ~/.cache/nianbao). Null when there is none (no home folder).
 */
export function cacheDir(
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = safeHome(),
): string | null {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const own = env.NIANBAO_CACHE_DIR?.trim();
  if (own) return p.resolve(own);
  const data = env.NIANBAO_DATA_DIR?.trim();
  if (data) return p.join(p.resolve(data), 'cache');
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA || (home ? p.join(home, 'AppData', 'Local') : '');
    return local ? p.join(local, APP_DIR_NAME, 'Cache') : null;
  }
  if (!home) return null;
  if (platform === 'darwin') return p.join(home, 'Library', 'Caches', APP_DIR_NAME);
  const xdg = env.XDG_CACHE_HOME;
  return p.join(xdg && p.isAbsolute(xdg) ? xdg : p.join(home, '.cache'), APP_DIR_NAME);
}

function safeHome(): string {
  try {
    return os.homedir();
  } catch {
    return '';
  }
}

export interface CachedBundle<T> {
  readonly exports: T;
  /** used: compiled from the cache; rejected: V8 refused it (other version or flags); none: no (valid) cache. */
  readonly cache: 'used' | 'rejected' | 'none';
  /**
   * Stores V8's code for everything compiled so far (call it after the work, so lazily compiled functions are in),
   * unless the cache was used. Never fails: a cache that cannot be written is only slower next time.
   */
  save(): void;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The cached code of a file written by `save`, or undefined when it is missing, cut short or damaged. */
function readCache(file: string): Buffer | undefined {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch {
    return undefined;
  }
  if (raw.length <= HEADER_BYTES || raw.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const payload = raw.subarray(HEADER_BYTES);
  return raw.toString('latin1', MAGIC.length, HEADER_BYTES - 1) === sha256(payload) ? payload : undefined;
}

/** Written whole under a private name, then renamed: a reader sees the old file, the new one or none. */
function writeCache(file: string, payload: Buffer): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, Buffer.concat([Buffer.from(`${MAGIC}${sha256(payload)}\n`, 'latin1'), payload]));
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

/**
 * Loads `file` (a CommonJS bundle whose first line is its BUNDLE_ID) as a module. Its code cache is kept under
 * `<dir>/code/`, named by bundle, role (each thread compiles other functions), bundle hash, Node version and CPU, and
 * checked by its own SHA-256 before V8 sees it (V8 checks only versions, flags and the source length). A bundle
 * without an id, or no cache folder, runs without a cache.
 */
export function loadCachedBundle<T>(file: string, dir: string | null, role: string): CachedBundle<T> {
  const source = readFileSync(file, 'utf8');
  const id = BUNDLE_ID.exec(source)?.[1];
  const name = path.basename(file).replace(/\W+/g, '-');
  const prefix = `${name}-${role}-`;
  const cacheFile =
    id && dir
      ? path.join(dir, 'code', `${prefix}${id.slice(0, 32)}-${process.version}-${process.arch}.bin`)
      : null;
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const cache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  const mod = { exports: {} as T };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  return {
    exports: mod.exports,
    cache,
    save() {
      if (cache === 'used' || !cacheFile) return;
      try {
        writeCache(cacheFile, script.createCachedData());
        // Older builds' caches of this bundle and role are of no further use.
        for (const other of readdirSync(path.dirname(cacheFile))) {
          if (other.startsWith(prefix) && other !== path.basename(cacheFile) && other.endsWith('.bin')) {
            rmSync(path.join(path.dirname(cacheFile), other), { force: true });
          }
        }
      } catch {
        // read-only or full disk: the next run compiles again
      }
    },
  };
}
