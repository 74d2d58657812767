// The compiled-code cache: in the app's cache folder, used when whole, ignored and rebuilt when damaged, written whole.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { tmpDir } from './test-support/tools';
import { cacheDir, loadCachedBundle } from './code-cache';

/** A bundle as scripts/build-cli.mjs writes one: its first line names the hash of the rest. */
function bundle(dir: string, body: string): string {
  const file = path.join(dir, 'demo.cjs');
  const id = createHash('sha256').update(body).digest('hex');
  writeFileSync(file, `// nianbao-bundle ${id}\n${body}`);
  return file;
}

const BODY = `
function square(x) { return x * x; }
exports.sum = (n) => { let s = 0; for (let i = 1; i <= n; i++) s += square(i); return s; };
exports.where = __filename;
`;

const cacheFiles = (dir: string) => readdirSync(path.join(dir, 'code')).filter((f) => !f.startsWith('.'));

describe('loadCachedBundle', () => {
  it('runs the bundle, keeps its code after the first run and uses it in the next', () => {
    const dir = tmpDir();
    const file = bundle(dir, BODY);
    const cache = path.join(dir, 'cache');
    const first = loadCachedBundle<{ sum(n: number): number; where: string }>(file, cache, 'main');
    expect(first.cache).toBe('none');
    expect(first.exports.sum(3)).toBe(14);
    expect(first.exports.where).toBe(file);
    first.save();
    expect(cacheFiles(cache)).toEqual([expect.stringMatching(/^demo-cjs-main-[0-9a-f]{32}-v\d+.*\.bin$/)]);

    const second = loadCachedBundle<{ sum(n: number): number }>(file, cache, 'main');
    expect(second.cache).toBe('used');
    expect(second.exports.sum(4)).toBe(30);
    const stored = path.join(cache, 'code', cacheFiles(cache)[0] ?? '');
    const before = statSync(stored).mtimeMs;
    second.save(); // a used cache is not written again
    expect(statSync(stored).mtimeMs).toBe(before);
    // Each thread (role) has its own.
    loadCachedBundle(file, cache, 'pdf-worker').save();
    expect(cacheFiles(cache)).toHaveLength(2);
  });

  it('ignores a damaged or cut-short cache, and the next save replaces it', () => {
    const dir = tmpDir();
    const file = bundle(dir, BODY);
    const cache = path.join(dir, 'cache');
    loadCachedBundle(file, cache, 'main').save();
    const stored = path.join(cache, 'code', cacheFiles(cache)[0] ?? '');
    const good = readFileSync(stored);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 10] = (flipped[flipped.length - 10] ?? 0) ^ 0xff;
    for (const bad of [flipped, good.subarray(0, good.length - 100), good.subarray(0, 30), Buffer.alloc(0)]) {
      writeFileSync(stored, bad);
      const loaded = loadCachedBundle<{ sum(n: number): number }>(file, cache, 'main');
      expect(loaded.cache).toBe('none');
      expect(loaded.exports.sum(3)).toBe(14);
      loaded.save();
      expect(loadCachedBundle(file, cache, 'main').cache).toBe('used');
    }
  });

  it('never uses the cache of other content, and drops the caches of older builds', () => {
    const dir = tmpDir();
    const cache = path.join(dir, 'cache');
    loadCachedBundle(bundle(dir, BODY), cache, 'main').save();
    // Same length, other code: V8 alone would take the old cache (it checks only the source length).
    const other = BODY.replace('x * x', 'x + x');
    const loaded = loadCachedBundle<{ sum(n: number): number }>(bundle(dir, other), cache, 'main');
    expect(loaded.cache).toBe('none');
    expect(loaded.exports.sum(3)).toBe(12);
    loaded.save();
    expect(cacheFiles(cache)).toHaveLength(1);
    expect(loadCachedBundle(bundle(dir, other), cache, 'main').cache).toBe('used');
  });

  it('runs without a cache when there is no cache folder, no bundle id or the folder cannot be written', () => {
    const dir = tmpDir();
    const plain = path.join(dir, 'plain.cjs');
    writeFileSync(plain, BODY);
    const cache = path.join(dir, 'cache');
    const noId = loadCachedBundle<{ sum(n: number): number }>(plain, cache, 'main');
    expect(noId.exports.sum(2)).toBe(5);
    noId.save();
    expect(() => readdirSync(cache)).toThrow();
    const none = loadCachedBundle<{ sum(n: number): number }>(bundle(dir, BODY), null, 'main');
    expect(none.exports.sum(2)).toBe(5);
    none.save();
    // A file where the cache folder should be: saving fails quietly.
    mkdirSync(cache);
    writeFileSync(path.join(cache, 'code'), 'not a folder');
    const blocked = loadCachedBundle(bundle(dir, BODY), cache, 'main');
    expect(() => blocked.save()).not.toThrow();
  });
});

describe('cacheDir', () => {
  it('is the OS per-user cache folder unless told otherwise, never beside the clerk’s files', () => {
    const home = '/home/clerk';
    expect(cacheDir({}, 'linux', home)).toBe('/home/clerk/.cache/nianbao');
    expect(cacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux', home)).toBe('/x/cache/nianbao');
    expect(cacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux', home)).toBe('/home/clerk/.cache/nianbao');
    expect(cacheDir({}, 'darwin', '/Users/clerk')).toBe('/Users/clerk/Library/Caches/nianbao');
    expect(cacheDir({ LOCALAPPDATA: 'C:\\Users\\clerk\\AppData\\Local' }, 'win32', 'C:\\Users\\clerk')).toBe(
      'C:\\Users\\clerk\\AppData\\Local\\nianbao\\Cache',
    );
    expect(cacheDir({ NIANBAO_DATA_DIR: '/data/nb' }, 'linux', home)).toBe('/data/nb/cache');
    expect(cacheDir({ NIANBAO_CACHE_DIR: '/tmp/c', NIANBAO_DATA_DIR: '/data/nb' }, 'linux', home)).toBe(
      '/tmp/c',
    );
    expect(cacheDir({}, 'linux', '')).toBeNull();
  });
});
