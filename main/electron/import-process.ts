// Imports in Electron run in a utilityProcess (the bundled import-worker.cjs), heap capped, killed past the budget.
import type { UtilityProcess } from 'electron';
import {
  createImportRunner,
  type ImportRunner,
  type RunnerOptions,
  type SpawnWorker,
} from '../import/worker/runner';

/** What this module needs of Electron's utilityProcess (injected, so tests pass a fake). */
export interface UtilityProcessApi {
  fork(modulePath: string, args?: string[], options?: Electron.ForkOptions): UtilityProcess;
  /** app.getAppMetrics: the worker's working set, which counts array buffers the heap cap does not. */
  metrics?: () => readonly { readonly pid: number; readonly memory: { readonly workingSetSize: number } }[];
}

/** How often the worker's working set is checked while a job runs. */
const WATCH_MS = 200;

export const spawnUtility =
  (api: UtilityProcessApi, modulePath: string): SpawnWorker =>
  (events, limits) => {
    const child = api.fork(modulePath, [], {
      serviceName: '年报导入',
      stdio: 'ignore',
      execArgv: [`--max-old-space-size=${limits.memoryMb}`],
    });
    let fatal = false;
    let watch: ReturnType<typeof setInterval> | null = null;
    const stopWatch = () => {
      if (watch) clearInterval(watch);
      watch = null;
    };
    child.on('message', (m: unknown) => events.message(m));
    // V8's fatal errors (heap exhausted past --max-old-space-size) come as 'error' before 'exit'.
    child.on('error', () => {
      fatal = true;
    });
    child.on('exit', () => {
      stopWatch();
      events.exit(fatal ? 'memory' : 'crash');
    });
    return {
      post: (job) => child.postMessage(job),
      kill: () => {
        stopWatch();
        child.kill();
      },
      setBusy: (busy) => {
        stopWatch();
        const metrics = api.metrics;
        if (!busy || !metrics) return;
        const limitKb = 2 * limits.memoryMb * 1024;
        watch = setInterval(() => {
          const mine = metrics().find((m) => m.pid === child.pid);
          if (!mine || mine.memory.workingSetSize <= limitKb) return;
          fatal = true;
          stopWatch();
          child.kill();
        }, WATCH_MS);
      },
    };
  };

/** A runner over utilityProcess, forking `modulePath` (dist/electron/import-worker.cjs) on the first import. */
export function createUtilityRunner(
  api: UtilityProcessApi,
  modulePath: string,
  options: RunnerOptions = {},
): ImportRunner {
  return createImportRunner(spawnUtility(api, modulePath), options);
}
