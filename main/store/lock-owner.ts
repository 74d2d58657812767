// Is a lock's owner still running? pid plus process start time (Linux /proc/<pid>/stat field 22), boot time elsewhere.
import fs from 'node:fs';
import os from 'node:os';

/** The start time of `pid` in clock ticks since boot (Linux), or null where it cannot be read. */
export function processStartTicks(pid: number): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (comm) is in parentheses and may contain spaces: count fields after the last ')'.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // rest[0] is field 3 (state), so field 22 is rest[19].
    const ticks = rest[19];
    return ticks && /^\d+$/.test(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** When this machine booted (ms since epoch, ±1 s). */
export function bootTimeMs(): number {
  return Date.now() - os.uptime() * 1000;
}

export interface OwnerRecord {
  readonly pid: number;
  /** ISO time the lock was taken. */
  readonly startedAt: string;
  /** processStartTicks(pid) when the lock was taken (Linux), else absent. */
  readonly procStart?: string | null;
}

/**
 * 'alive': the very process that took the lock still runs (whatever its heartbeat says — it may be frozen);
 * 'dead': it is gone (no such pid, the pid now belongs to another process, or the lock predates this boot);
 * 'unknown': the pid runs but we cannot tell whether it is the same process (no start time to compare).
 */
export function ownerLiveness(owner: OwnerRecord): 'alive' | 'dead' | 'unknown' {
  const taken = Date.parse(owner.startedAt);
  // A lock taken before this boot cannot belong to a running process (2 s margin for clock rounding).
  if (Number.isFinite(taken) && taken < bootTimeMs() - 2_000) return 'dead';
  if (!pidAlive(owner.pid)) return 'dead';
  const recorded = owner.procStart ?? null;
  const now = processStartTicks(owner.pid);
  if (recorded !== null && now !== null) return recorded === now ? 'alive' : 'dead';
  return 'unknown';
}
