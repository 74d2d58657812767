// Per-key queues: one key's operations run in order even after a failure; other keys do not wait; drain waits for all.
import { KeyedQueue } from './keyed-queue';

const tick = () => new Promise((r) => setTimeout(r, 5));

it('runs one key in order, survives a failure, lets other keys pass, and drains everything queued meanwhile', async () => {
  const q = new KeyedQueue();
  const log: string[] = [];
  const a1 = q.run('a', async () => {
    await tick();
    log.push('a1');
  });
  const a2 = q.run('a', async () => {
    log.push('a2');
    throw new Error('boom');
  });
  const a3 = q.run('a', async () => {
    log.push('a3');
    void q.run('a', async () => {
      await tick();
      log.push('a4');
    });
  });
  const b1 = q.run('b', async () => {
    log.push('b1');
  });
  await b1;
  expect(log).toEqual(['b1']);
  await expect(a2).rejects.toThrow('boom');
  await Promise.all([a1, a3]);
  await q.drain();
  expect(log).toEqual(['b1', 'a1', 'a2', 'a3', 'a4']);
  await q.drain('a');
});
