// The import worker as a worker_threads Worker (plain Node: CLI, browser-mode server, tests), heap capped.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createImportRunner, type ImportRunner, type RunnerOptions, type SpawnWorker } from './runner';

/** The bundle's worker file, next to the bundle (scripts/build-main.mjs writes it). */
export const WORKER_BUNDLE = 'import-worker.cjs';

/** Folders the running code may live in: this module's own (CommonJS: bundle or jest), then the CLI's and cwd's. */
function candidateDirs(): string[] {
  const dirs: string[] = [];
  if (typeof __dirname === 'string') dirs.push(__dirname);
  const roots = [process.argv[1] ? path.dirname(path.resolve(process.argv[1])) : null, process.cwd()];
  for (const start of roots) {
    for (let dir = start; dir;) {
      dirs.push(path.join(dir, 'main', 'import', 'worker'));
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return dirs;
}

/**
 * The script a worker runs: the bundled import-worker.cjs when this code runs from the bundle, otherwise the
 * TypeScript sources through bootstrap.mjs (tsx).
 */
export function workerScript(): string {
  for (const dir of candidateDirs()) {
    const bundled = path.join(dir, WORKER_BUNDLE);
    if (fs.existsSync(bundled)) return bundled;
    const sources = path.join(dir, 'bootstrap.mjs');
    if (fs.existsSync(sources) && fs.existsSync(path.join(dir, 'entry.ts'))) return sources;
  }
  throw new Error('import worker script not found');
}

/** How often the process's resident memory is checked while a job runs. */
const WATCH_MS = 100;

/**
 * A worker thread with a capped heap. Array buffers (pdf.js's decoded streams) live outside the V8 heap and the
 * worker's resourceLimits do not count them, so while a job runs the process's resident memory is watched too:
 * growth past twice the heap cap kills the worker as running out of memory.
 */
export const spawnThread =
  (script?: string): SpawnWorker =>
  (events, limits) => {
    const worker = new Worker(script ?? workerScript(), {
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32 },
      stdout: false,
      stderr: false,
    });
    let failed: 'memory' | 'crash' | null = null;
    let watch: ReturnType<typeof setInterval> | null = null;
    const stopWatch = () => {
      if (watch) clearInterval(watch);
      watch = null;
    };
    worker.on('message', (m) => events.message(m));
    worker.on('error', (err) => {
      failed = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash';
    });
    worker.on('exit', () => {
      stopWatch();
      events.exit(failed ?? 'crash');
    });
    worker.unref();
    return {
      post: (job) => worker.postMessage(job),
      kill: () => {
        stopWatch();
        void worker.terminate();
      },
      setBusy: (busy) => {
        stopWatch();
        if (!busy) {
          worker.unref();
          return;
        }
        worker.ref();
        const base = process.memoryUsage.rss();
        const limit = 2 * limits.memoryMb * 1024 * 1024;
        watch = setInterval(() => {
          if (process.memoryUsage.rss() - base <= limit) return;
          failed = 'memory';
          stopWatch();
          void worker.terminate();
        }, WATCH_MS);
        watch.unref();
      },
    };
  };

/** A runner over worker threads. */
export function createThreadRunner(options: RunnerOptions & { readonly script?: string } = {}): ImportRunner {
  return createImportRunner(spawnThread(options.script), options);
}
