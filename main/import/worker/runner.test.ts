// The import runner: one reused worker, jobs in order, time budget, heap cap, crashes — with real worker threads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { budgetMessage } from './protocol';
import { createImportRunner, type SpawnWorker, type WorkerEvents } from './runner';
import { createThreadRunner, spawnThread, workerScript } from './thread-host';

const seed = new Uint8Array(
  fs.readFileSync(path.join(__dirname, '../../../fixtures/seeds/003_be04c842d3f1cdaa.txt')),
);
let dir: string;

/** A stand-in worker script: ready at once, then does `onJob` for every job (hang, exhaust memory, exit). */
function script(name: string, onJob: string): string {
  const file = path.join(dir, `${name}.mjs`);
  fs.writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (job) => { ${onJob} });\nparentPort.postMessage('nianbao-import-ready');\n`,
  );
  return file;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-runner-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('worker threads', () => {
  it('runs the TypeScript sources through tsx from tests, and reuses one worker for many imports', async () => {
    expect(workerScript()).toMatch(/bootstrap\.mjs$/);
    let spawned = 0;
    const counting = createImportRunner((events, limits) => {
      spawned++;
      return spawnThread()(events, limits);
    });
    try {
      const results = await Promise.all([1, 2, 3].map(() => counting.run('a.txt', seed)));
      expect(results.map((r) => r.report.year)).toEqual([2024, 2024, 2024]);
      expect(results[0]?.draft.cells['t3.new.natural']).toBe(4);
      expect(spawned).toBe(1);
    } finally {
      counting.close();
    }
  }, 60_000);

  it('a job past the time budget is killed with the one-line message; the next job gets a fresh worker', async () => {
    const runner = createThreadRunner({ script: script('hang', 'for (;;) {}'), timeLimitMs: 1_000 });
    try {
      await expect(runner.run('x.html', seed)).rejects.toThrow(budgetMessage('time', 1_000));
      await expect(runner.run('x.html', seed)).rejects.toThrow('超过 1 秒');
    } finally {
      runner.close();
    }
  }, 30_000);

  it('a job that exhausts the capped heap fails alone with the memory message', async () => {
    const runner = createThreadRunner({
      script: script('oom', 'const a = []; for (;;) a.push(new Array(100000).fill(job.id));'),
      memoryLimitMb: 64,
    });
    try {
      const err = await runner.run('x.pdf', seed).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).message).toBe(budgetMessage('memory', 64));
      expect((err as AppError).message).toBe(
        '该文件过大或结构异常，导入已中止（超过内存上限 64 MB），其他工作不受影响。',
      );
    } finally {
      runner.close();
    }
  }, 60_000);

  it('array buffers outside the heap (decoded streams) are watched too: past twice the cap the job fails alone', async () => {
    const runner = createThreadRunner({
      script: script(
        'external',
        'const keep = []; setInterval(() => keep.push(Buffer.alloc(32 * 1024 * 1024, 1)), 5);',
      ),
      memoryLimitMb: 64,
    });
    try {
      await expect(runner.run('x.pdf', seed)).rejects.toThrow(budgetMessage('memory', 64));
    } finally {
      runner.close();
    }
  }, 60_000);

  it('a worker that dies mid-job fails that job with a Chinese message', async () => {
    const runner = createThreadRunner({ script: script('exit', 'process.exit(3);') });
    try {
      await expect(runner.run('x.txt', seed)).rejects.toThrow('导入进程意外退出');
    } finally {
      runner.close();
    }
  }, 30_000);
});

describe('runner logic (fake worker)', () => {
  function fake(): {
    spawn: SpawnWorker;
    events: () => WorkerEvents;
    posted: unknown[];
    killed: () => number;
  } {
    let ev: WorkerEvents | null = null;
    const posted: unknown[] = [];
    let kills = 0;
    return {
      spawn: (events) => {
        ev = events;
        return { post: (j) => posted.push(j), kill: () => void kills++, setBusy: () => undefined };
      },
      events: () => ev as WorkerEvents,
      posted,
      killed: () => kills,
    };
  }

  it('waits for the worker to be ready, then runs jobs one at a time in order', async () => {
    const f = fake();
    const runner = createImportRunner(f.spawn);
    const a = runner.run('a.txt', seed);
    const b = runner.run('b.txt', seed);
    expect(f.posted).toHaveLength(0);
    f.events().message('nianbao-import-ready');
    expect(f.posted).toMatchObject([{ id: 1, fileName: 'a.txt' }]);
    f.events().message({ id: 1, ok: false, error: { code: 'UNSUPPORTED', message: '不是年度报告' } });
    await expect(a).rejects.toThrow('不是年度报告');
    expect(f.posted).toMatchObject([{ id: 1 }, { id: 2, fileName: 'b.txt' }]);
    f.events().message({ id: 2, ok: true, result: { draft: {}, report: { year: 2024 } } });
    await expect(b).resolves.toMatchObject({ report: { year: 2024 } });
    runner.close();
    expect(f.killed()).toBe(1);
    await expect(runner.run('c.txt', seed)).rejects.toThrow('导入功能已关闭');
  });
});
