// The last folder used in a save or open dialog, kept in the app settings (exportDir) with a safe fallback.
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
