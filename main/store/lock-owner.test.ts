// Owner liveness for the data-dir lock: pid, process start time (Linux), and locks from before this boot.
import { spawnSync } from 'node:child_process';
import { bootTimeMs, ownerLiveness, processStartTicks } from './lock-owner';

const now = () => new Date().toISOString();

describe('ownerLiveness', () => {
  it('knows this very process as alive, by pid and start time where the system gives it', () => {
    const ticks = processStartTicks(process.pid);
    if (process.platform === 'linux') expect(ticks).toMatch(/^\d+$/);
    expect(processStartTicks(process.pid)).toBe(ticks);
    const owner = { pid: process.pid, startedAt: now(), procStart: ticks };
    expect(ownerLiveness(owner)).toBe(ticks === null ? 'unknown' : 'alive');
  });

  it('calls an owner dead when its pid is gone, reused by another program, or it predates this boot', () => {
    const child = spawnSync(process.execPath, ['-e', '0']);
    expect(child.pid).toBeGreaterThan(0);
    expect(ownerLiveness({ pid: child.pid, startedAt: now(), procStart: null })).toBe('dead');
    const ticks = processStartTicks(process.pid);
    if (ticks !== null) {
      expect(
        ownerLiveness({ pid: process.pid, startedAt: now(), procStart: String(Number(ticks) + 1) }),
      ).toBe('dead');
    }
    // Where start times cannot be compared: a lock from well before this boot is dead, a recent one unknown.
    const beforeBoot = new Date(bootTimeMs() - 3_600_000).toISOString();
    expect(ownerLiveness({ pid: process.pid, startedAt: beforeBoot, procStart: null })).toBe('dead');
    expect(ownerLiveness({ pid: process.pid, startedAt: now(), procStart: null })).toBe('unknown');
    // Where they can, the start time wins over a wall clock that jumped.
    if (ticks !== null)
      expect(ownerLiveness({ pid: process.pid, startedAt: beforeBoot, procStart: ticks })).toBe('alive');
  });
});
