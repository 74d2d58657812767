// Helpers for store tests: temp data dirs, a controllable clock, and files listed by folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DraftStore, type DraftStoreOptions } from './draft-store';

export function tempDataDir(label = 'store'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `nianbao-${label}-`));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** A clock the test moves: starts at `start`, `advance(ms)` moves it. */
export function testClock(start = Date.UTC(2026, 10, 22, 6, 0, 0)) {
  let t = start;
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

export const noWait = { delaysMs: [1, 2, 4, 8], sleep: async () => undefined };

export function openStore(dataDir: string, options: Partial<DraftStoreOptions> = {}): Promise<DraftStore> {
  return DraftStore.open({ dataDir, appVersion: '0.1.0-test', retry: noWait, ...options });
}

export function filesIn(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}
