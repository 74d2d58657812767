// Owner liveness for the data-dir lock: pid, process start time (Linux), and locks from before this boot.
import { spawn, spawnSync } from 'node:child_process';
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

  it('calls a killed owner dead even before its parent has reaped it (a zombie holds no lock)', async () => {
    if (process.platform !== 'linux') return;
    // A parent that never waits for its child (python3, no SIGCHLD handler): the killed child stays a zombie.
    const script =
      'import os,sys,time,signal\npid=os.fork()\nif pid==0:\n time.sleep(30)\n os._exit(0)\n' +
      'os.kill(pid,signal.SIGKILL)\nprint(pid,flush=True)\ntime.sleep(5)';
    const parent = spawn('python3', ['-c', script], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const pid = await new Promise<number>((resolve) =>
        parent.stdout.once('data', (b: Buffer) => resolve(Number.parseInt(b.toString(), 10))),
      );
      const ticks = processStartTicks(pid);
      // Wait until the kernel shows it exited (Z): still a pid, same start time, but gone.
      for (let i = 0; i < 50 && processStartTicks(pid) !== null; i++) {
        const { readFileSync } = await import('node:fs');
        if (/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(ownerLiveness({ pid, startedAt: now(), procStart: ticks })).toBe('dead');
    } finally {
      parent.kill('SIGKILL');
    }
  });
});
