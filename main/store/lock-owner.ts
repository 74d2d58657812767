// Is a lock's owner still running? pid plus process start time (Linux /proc/<pid>/stat field 22), boot time elsewhere.
import fs from 'node:fs';
import os from 'node:os';

/** Fields 3… of /proc/<pid>/stat (Linux), or null where it cannot be read. */
function procStatFields(pid: number): string[] | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (comm) is in parentheses and may contain spaces: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** The start time of `pid` in clock ticks since boot (Linux), or null where it cannot be read. */
export function processStartTicks(pid: number): string | null {
  // rest[0] is field 3 (state), so field 22 is rest[19].
  const ticks = procStatFields(pid)?.[19];
  return ticks && /^\d+$/.test(ticks) ? ticks : null;
}

/** A process that has exited but not yet been reaped by its parent (Linux state Z or X): it holds nothing. */
export function processExited(pid: number): boolean {
  const state = procStatFields(pid)?.[0];
  return state === 'Z' || state === 'X';
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
  if (!pidAlive(owner.pid) || processExited(owner.pid)) return 'dead';
  const recorded = owner.procStart ?? null;
  const now = processStartTicks(owner.pid);
  // Linux: the start time settles it (a wall-clock jump cannot fool it).
  if (recorded !== null && now !== null) return recorded === now ? 'alive' : 'dead';
  // Elsewhere: a lock taken well before this boot cannot belong to a running process, whatever its pid is now.
  // The margin keeps a wall-clock correction while the owner runs from passing for a reboot.
  const taken = Date.parse(owner.startedAt);
  if (Number.isFinite(taken) && taken < bootTimeMs() - BOOT_MARGIN_MS) return 'dead';
  return 'unknown';
}

const BOOT_MARGIN_MS = 10 * 60_000;
