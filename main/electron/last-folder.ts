// The last folder used in a save or open dialog (kept in the settings' exportDir), and the paths the clerk picked.
import path from 'node:path';
import type { Services } from '../../shared/ipc/contract';

export interface LastFolder {
  get(): Promise<string>;
  set(dir: string): Promise<void>;
}

/** Reads/writes settings.exportDir through the services; falls back to memory, then to the Documents folder. */
export function settingsLastFolder(
  services: Pick<Services, 'settings:get' | 'settings:set'>,
  fallback: string,
): LastFolder {
  let remembered: string | null = null;
  return {
    async get() {
      if (remembered) return remembered;
      try {
        const settings = await services['settings:get']({});
        if (settings.exportDir) return settings.exportDir;
      } catch {
        // settings unreadable: the dialog still opens in the fallback folder
      }
      return fallback;
    },
    async set(dir) {
      remembered = dir;
      try {
        await services['settings:set']({ exportDir: dir });
      } catch (err) {
        console.warn('无法保存上次使用的文件夹：', err);
      }
    },
  };
}

/** How long a path picked in a save dialog may be written by the request that follows (overwrite retries included). */
export const CHOSEN_TTL_MS = 60 * 60 * 1000;

/**
 * Paths the clerk picked in a native save dialog. The services write an explicit path (drafts:exportFile targetPath)
 * only if it is one of these: the page can never name a file of its own.
 */
export class ChosenPaths {
  private readonly paths = new Map<string, number>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly platform: NodeJS.Platform = process.platform,
    private readonly ttlMs: number = CHOSEN_TTL_MS,
  ) {}

  private key(p: string): string {
    const api = this.platform === 'win32' ? path.win32 : path.posix;
    const normal = api.resolve(p);
    return this.platform === 'win32' || this.platform === 'darwin' ? normal.toLowerCase() : normal;
  }

  remember(file: string): void {
    this.paths.set(this.key(file), this.now());
  }

  allows(file: string): boolean {
    const at = this.paths.get(this.key(file));
    return at !== undefined && this.now() - at <= this.ttlMs;
  }

  /** `p` is a picked path or lies inside a picked folder (for reading: 审核与汇总 sources). */
  covers(p: string): boolean {
    if (this.allows(p)) return true;
    const api = this.platform === 'win32' ? path.win32 : path.posix;
    let dir = this.key(p);
    for (let up = api.dirname(dir); up !== dir; up = api.dirname(dir)) {
      dir = up;
      if (this.allows(dir)) return true;
    }
    return false;
  }
}
