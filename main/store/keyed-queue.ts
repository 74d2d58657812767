// Per-key serial queues: operations on one draft run one after another, different drafts run side by side.

export class KeyedQueue {
  private readonly queues = new Map<string, Promise<unknown>>();

  /** Runs `fn` after everything queued under `key` (whether that succeeded or failed). */
  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.queues.set(key, tail);
    void tail.then(() => {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return run;
  }

  /** Resolves when every queued operation of `key`, or of all keys, is done (also those queued meanwhile). */
  async drain(key?: string): Promise<void> {
    for (;;) {
      const pending = key === undefined ? [...this.queues.values()] : [this.queues.get(key)].filter(Boolean);
      if (pending.length === 0) return;
      await Promise.allSettled(pending);
    }
  }
}
