// Electron's import runner: forks the bundled worker as a utilityProcess with a heap cap; kills it past the budget.
import { EventEmitter } from 'node:events';
import type { UtilityProcess } from 'electron';
import { AppError } from '../../shared/ipc/result';
import { createUtilityRunner, type UtilityProcessApi } from './import-process';

let nextPid = 100;
class FakeChild extends EventEmitter {
  readonly pid = nextPid++;
  readonly posted: unknown[] = [];
  killed = false;
  postMessage(m: unknown): void {
    this.posted.push(m);
  }
  kill(): boolean {
    this.killed = true;
    this.emit('exit', 0);
    return true;
  }
}

function fakeApi(): UtilityProcessApi & { children: FakeChild[]; calls: unknown[][] } {
  const children: FakeChild[] = [];
  const calls: unknown[][] = [];
  return {
    children,
    calls,
    fork: (...args: unknown[]) => {
      calls.push(args);
      const child = new FakeChild();
      children.push(child);
      return child as unknown as UtilityProcess;
    },
  };
}

const bytes = new Uint8Array([1, 2, 3]);

it('forks the bundled worker lazily, once, with a heap cap, and relays the reply', async () => {
  const api = fakeApi();
  const runner = createUtilityRunner(api, '/app/dist/electron/import-worker.cjs', { memoryLimitMb: 300 });
  expect(api.calls).toHaveLength(0);
  const first = runner.run('a.txt', bytes);
  expect(api.calls).toEqual([
    [
      '/app/dist/electron/import-worker.cjs',
      [],
      expect.objectContaining({ execArgv: ['--max-old-space-size=300'], stdio: 'ignore' }),
    ],
  ]);
  const child = api.children[0]!;
  child.emit('message', 'nianbao-import-ready');
  expect(child.posted).toMatchObject([{ id: 1, fileName: 'a.txt' }]);
  child.emit('message', { id: 1, ok: true, result: { draft: { id: 'd' }, report: { year: 2024 } } });
  await expect(first).resolves.toMatchObject({ report: { year: 2024 } });
  const second = runner.run('b.txt', bytes);
  child.emit('message', { id: 2, ok: false, error: { code: 'UNSUPPORTED', message: '不是年度报告' } });
  await expect(second).rejects.toEqual(new AppError('UNSUPPORTED', '不是年度报告'));
  expect(api.children).toHaveLength(1);
  runner.close();
  expect(child.killed).toBe(true);
});

it('kills the process past the time budget and answers with the one-line message', async () => {
  jest.useFakeTimers();
  try {
    const api = fakeApi();
    const runner = createUtilityRunner(api, '/w.cjs', { timeLimitMs: 20_000 });
    const job = runner.run('big.html', bytes);
    api.children[0]!.emit('message', 'nianbao-import-ready');
    jest.advanceTimersByTime(20_001);
    await expect(job).rejects.toThrow('该文件过大或结构异常，导入已中止（超过 20 秒），其他工作不受影响。');
    expect(api.children[0]!.killed).toBe(true);
    void runner.run('next.txt', bytes).catch(() => undefined);
    expect(api.children).toHaveLength(2);
    runner.close();
  } finally {
    jest.useRealTimers();
  }
});

it('a V8 fatal error (heap exhausted) ends the job with the memory message', async () => {
  const api = fakeApi();
  const runner = createUtilityRunner(api, '/w.cjs', { memoryLimitMb: 512 });
  const job = runner.run('bomb.pdf', bytes);
  const child = api.children[0]!;
  child.emit('message', 'nianbao-import-ready');
  child.emit('error', 'FatalError', 'v8', '{}');
  child.emit('exit', 134);
  await expect(job).rejects.toThrow('超过内存上限 512 MB');
  runner.close();
});

it('past twice the heap cap in working set (array buffers), the process is killed with the memory message', async () => {
  jest.useFakeTimers();
  try {
    const api = fakeApi();
    let workingSetKb = 100 * 1024;
    const runner = createUtilityRunner(
      {
        ...api,
        metrics: () => api.children.map((c) => ({ pid: c.pid, memory: { workingSetSize: workingSetKb } })),
      },
      '/w.cjs',
      { memoryLimitMb: 512 },
    );
    const job = runner.run('bomb.pdf', bytes);
    const child = api.children[0]!;
    child.emit('message', 'nianbao-import-ready');
    jest.advanceTimersByTime(1_000);
    expect(child.killed).toBe(false);
    workingSetKb = 1100 * 1024;
    jest.advanceTimersByTime(1_000);
    expect(child.killed).toBe(true);
    await expect(job).rejects.toThrow(
      '该文件过大或结构异常，导入已中止（超过内存上限 512 MB），其他工作不受影响。',
    );
    runner.close();
  } finally {
    jest.useRealTimers();
  }
});
