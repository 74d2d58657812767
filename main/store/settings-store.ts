// App settings (机关默认信息, export folder, deadline) in one settings.json through conf (electron-store in Electron).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { settingsSchema, type Settings } from '../../shared/ipc/app-channels';
import { AppError } from '../../shared/ipc/result';
import { stamp } from './store-context';

/** The part of conf / electron-store the settings use; both classes satisfy it. */
export interface KeyValueFile {
  readonly path: string;
  store: Record<string, unknown>;
}

export type KeyValueFactory = (options: { readonly cwd: string; readonly name: string }) => KeyValueFile;

/** Plain Node (CLI, browser mode, tests). Never clearInvalidConfig: a damaged file is quarantined by us instead. */
export const confFactory: KeyValueFactory = ({ cwd, name }) =>
  new Conf<Record<string, unknown>>({
    cwd,
    configName: name,
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
  });

export interface SettingsStoreOptions {
  readonly dataDir: string;
  readonly factory?: KeyValueFactory;
  /** The user's documents folder (Electron: app.getPath('documents')); default ~/Documents. */
  readonly documentsDir?: string | null;
}

export function defaultExportDir(dataDir: string, documentsDir?: string | null): string {
  if (documentsDir) return path.join(documentsDir, '年报导出');
  let home = '';
  try {
    home = os.homedir();
  } catch {
    home = '';
  }
  return home ? path.join(home, 'Documents', '年报导出') : path.join(dataDir, 'exports');
}

/**
 * A stored export folder that is relative or a network path (`\\server\share`, `//server/share`: Windows would
 * send the user's credentials there when a dialog opens it) is ignored in favour of the default; the services check
 * the rest (not in the data folder) before every write.
 */
function usableExportDir(dir: string): boolean {
  return dir.trim() !== '' && !/^[\\/]{2}/.test(dir.trim()) && path.isAbsolute(dir.trim());
}

export class SettingsStore {
  private file: KeyValueFile | null = null;
  private readonly notices: string[] = [];
  readonly defaults: Settings;

  constructor(private readonly options: SettingsStoreOptions) {
    this.defaults = {
      defaultAgency: '',
      exportDir: defaultExportDir(options.dataDir, options.documentsDir),
      deadline: '01-31',
    };
  }

  /** The settings, each field falling back to its default when missing or invalid. */
  get(): Settings {
    const raw = this.read();
    const result: Record<string, unknown> = { ...this.defaults };
    for (const key of Object.keys(this.defaults) as (keyof Settings)[]) {
      const field = settingsSchema.shape[key].safeParse(raw[key]);
      if (field.success && !(key === 'exportDir' && !usableExportDir(field.data))) result[key] = field.data;
    }
    return result as Settings;
  }

  set(partial: Partial<Settings>): Settings {
    const given = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
    const next = settingsSchema.safeParse({ ...this.get(), ...given });
    if (!next.success) throw new AppError('BAD_REQUEST', '设置内容不正确，未保存。');
    try {
      this.open().store = { ...next.data };
    } catch (err) {
      throw new AppError(
        'IO',
        `保存设置失败（${(err as NodeJS.ErrnoException).code ?? '读写错误'}），原设置未改变。`,
      );
    }
    return next.data;
  }

  takeNotices(): string[] {
    return this.notices.splice(0);
  }

  private open(): KeyValueFile {
    if (this.file) return this.file;
    const factory = this.options.factory ?? confFactory;
    const cwd = this.options.dataDir;
    try {
      this.file = factory({ cwd, name: 'settings' });
    } catch (err) {
      if (!(err instanceof SyntaxError) && !/schema/i.test(String(err))) throw err;
      this.quarantine(path.join(cwd, 'settings.json'));
      this.file = factory({ cwd, name: 'settings' });
    }
    return this.file;
  }

  private read(): Record<string, unknown> {
    try {
      const file = this.open();
      try {
        return file.store;
      } catch (err) {
        if (!(err instanceof SyntaxError)) throw err;
        this.quarantine(file.path);
        return {};
      }
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('IO', `读取设置失败（${(err as NodeJS.ErrnoException).code ?? '读写错误'}）。`);
    }
  }

  /** Moves a damaged settings file aside byte for byte; defaults apply until the clerk saves settings again. */
  private quarantine(file: string): void {
    const dir = path.join(this.options.dataDir, 'quarantine');
    fs.mkdirSync(dir, { recursive: true });
    fs.renameSync(file, path.join(dir, `settings-${stamp(new Date())}.corrupt`));
    this.notices.push('设置文件损坏，已改用默认设置；损坏的文件已原样移到 quarantine 文件夹。');
  }
}
