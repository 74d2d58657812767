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
}

export const spawnUtility =
  (api: UtilityProcessApi, modulePath: string): SpawnWorker =>
  (events, limits) => {
    const child = api.fork(modulePath, [], {
      serviceName: '年报导入',
      stdio: 'ignore',
      execArgv: [`--max-old-space-size=${limits.memoryMb}`],
    });
    let fatal = false;
    child.on('message', (m: unknown) => events.message(m));
    // V8's fatal errors (heap exhausted past --max-old-space-size) come as 'error' before 'exit'.
    child.on('error', () => {
      fatal = true;
    });
    child.on('exit', () => events.exit(fatal ? 'memory' : 'crash'));
    return {
      post: (job) => child.postMessage(job),
      kill: () => void child.kill(),
      setBusy: () => undefined,
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
