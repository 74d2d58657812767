// Runs imports in a separate worker with a time budget and a memory cap; a runaway file never takes the app down.
import type { ImportResult } from '../../../shared/import';
import { AppError } from '../../../shared/ipc/result';
import {
  budgetMessage,
  IMPORT_MEMORY_LIMIT_MB,
  IMPORT_TIME_LIMIT_MS,
  READY,
  type ImportJob,
  type ImportReply,
} from './protocol';

/** Why a worker stopped without replying. */
export type WorkerExit = 'memory' | 'crash';

/** One running worker, whatever carries it (worker_threads under Node, utilityProcess in Electron). */
export interface WorkerHandle {
  post(job: ImportJob): void;
  /** Ends it now (budget exceeded or the runner closed). */
  kill(): void;
  /** Lets the process exit while no job runs (CLI) / keeps it alive during one. */
  setBusy(busy: boolean): void;
}

export interface WorkerEvents {
  message(msg: unknown): void;
  exit(reason: WorkerExit): void;
}

export type SpawnWorker = (events: WorkerEvents, limits: { readonly memoryMb: number }) => WorkerHandle;

export interface RunnerOptions {
  readonly timeLimitMs?: number;
  readonly memoryLimitMb?: number;
}

export interface ImportRunner {
  run(fileName: string, bytes: Uint8Array, options?: { now?: string; id?: string }): Promise<ImportResult>;
  close(): void;
}

interface Pending {
  readonly job: ImportJob;
  resolve(r: ImportResult): void;
  reject(e: unknown): void;
}

/**
 * Jobs run one at a time in one reused worker (start-up is paid once, not per file). A job past its time budget
 * kills the worker; one that exhausts the worker's heap kills it too; either way the job fails with a one-line
 * Chinese message and the next job starts a fresh worker.
 */
export function createImportRunner(spawn: SpawnWorker, options: RunnerOptions = {}): ImportRunner {
  const timeLimit = options.timeLimitMs ?? IMPORT_TIME_LIMIT_MS;
  const memoryMb = options.memoryLimitMb ?? IMPORT_MEMORY_LIMIT_MB;
  const queue: Pending[] = [];
  let worker: { handle: WorkerHandle; ready: boolean } | null = null;
  let current: Pending | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let nextId = 1;
  let closed = false;

  const finish = (outcome: { result: ImportResult } | { error: unknown }) => {
    const job = current;
    current = null;
    if (timer) clearTimeout(timer);
    timer = null;
    worker?.handle.setBusy(false);
    if (job) {
      if ('result' in outcome) job.resolve(outcome.result);
      else job.reject(outcome.error);
    }
    pump();
  };

  const discard = () => {
    const w = worker;
    worker = null;
    w?.handle.kill();
  };

  const start = () => {
    const w: { handle: WorkerHandle; ready: boolean } = {
      handle: null as unknown as WorkerHandle,
      ready: false,
    };
    w.handle = spawn(
      {
        message: (msg) => {
          if (worker !== w) return;
          if (msg === READY) {
            w.ready = true;
            if (current) w.handle.post(current.job);
            return;
          }
          const reply = msg as ImportReply;
          if (!current || reply.id !== current.job.id) return;
          if (reply.ok) finish({ result: reply.result });
          else finish({ error: new AppError(reply.error.code, reply.error.message) });
        },
        exit: (reason) => {
          if (worker !== w) return;
          worker = null;
          if (current) {
            const message =
              reason === 'memory'
                ? budgetMessage('memory', memoryMb)
                : '导入进程意外退出，该文件未能导入；其他工作不受影响，可以重试。';
            finish({ error: new AppError('UNSUPPORTED', message) });
          }
        },
      },
      { memoryMb },
    );
    worker = w;
  };

  function pump(): void {
    if (current || closed) return;
    const next = queue.shift();
    if (!next) return;
    if (!worker) start();
    const w = worker as { handle: WorkerHandle; ready: boolean } | null;
    if (!w) return;
    current = next;
    w.handle.setBusy(true);
    // The budget covers a fresh worker's start-up too: one that never becomes ready cannot hang the job.
    timer = setTimeout(() => {
      discard();
      finish({ error: new AppError('UNSUPPORTED', budgetMessage('time', timeLimit)) });
    }, timeLimit);
    if (w.ready) w.handle.post(next.job);
  }

  return {
    run(fileName, bytes, opts = {}) {
      if (closed) return Promise.reject(new AppError('INTERNAL', '导入功能已关闭。'));
      return new Promise<ImportResult>((resolve, reject) => {
        const job: ImportJob = {
          id: nextId++,
          fileName,
          bytes,
          ...(opts.now ? { now: opts.now } : {}),
          ...(opts.id ? { draftId: opts.id } : {}),
        };
        queue.push({ job, resolve, reject });
        pump();
      });
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const aborted = new AppError('INTERNAL', '导入已取消（程序正在退出）。');
      current?.reject(aborted);
      current = null;
      for (const p of queue.splice(0)) p.reject(aborted);
      discard();
    },
  };
}
