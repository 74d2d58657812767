// Where nianbao keeps its data: --data-dir, then NIANBAO_DATA_DIR, else the OS per-user application-data folder.
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'nianbao';

export interface DataDirInputs {
  /** From --data-dir (relative paths are taken from the current directory). */
  readonly dataDir?: string | undefined;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly platform?: NodeJS.Platform;
  readonly homedir?: string;
  readonly cwd?: string;
}

function safeHome(): string {
  try {
    return os.homedir();
  } catch {
    return '';
  }
}

/** The per-user application-data folder of the OS (Electron's userData uses the same base). */
export function defaultDataDir(inputs: Omit<DataDirInputs, 'dataDir'> = {}): string {
  const env = inputs.env ?? process.env;
  const platform = inputs.platform ?? process.platform;
  const home = inputs.homedir ?? safeHome();
  const p = platform === 'win32' ? path.win32 : path.posix;
  if (platform === 'win32') {
    const appData = env.APPDATA || (home ? p.join(home, 'AppData', 'Roaming') : '');
    return p.join(appData || p.resolve('.'), APP_DIR_NAME);
  }
  if (platform === 'darwin') return p.join(home || '/tmp', 'Library', 'Application Support', APP_DIR_NAME);
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg && p.isAbsolute(xdg)) return p.join(xdg, APP_DIR_NAME);
  return p.join(home || '/tmp', '.config', APP_DIR_NAME);
}

export function resolveDataDir(inputs: DataDirInputs = {}): string {
  const env = inputs.env ?? process.env;
  const platform = inputs.platform ?? process.platform;
  const p = platform === 'win32' ? path.win32 : path.posix;
  const cwd = inputs.cwd ?? process.cwd();
  const explicit = inputs.dataDir?.trim() || env.NIANBAO_DATA_DIR?.trim();
  if (explicit) return p.resolve(cwd, explicit);
  return defaultDataDir(inputs);
}
