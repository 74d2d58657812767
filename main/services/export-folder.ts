// Where exports may be written: the export folder (absolute, local, outside the data folder, created on first use).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { fsErrorToAppError } from './fs-errors';

/** The one subfolder of the data folder that may hold exports (the default when the user has no home folder). */
export const DATA_EXPORTS_SUBDIR = 'exports';

const caseInsensitive = (platform: NodeJS.Platform) => platform === 'win32' || platform === 'darwin';

/** `\\server\share`, `//server/share`, `\\?\UNC\…`, `\\.\…`: opening them makes Windows contact a server. */
export function isNetworkPath(p: string): boolean {
  return /^[\\/]{2}/.test(p.trim());
}

function pathApi(platform: NodeJS.Platform) {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** True when `child` is `parent` or lies inside it. */
export function isInside(
  parent: string,
  child: string,
  platform: NodeJS.Platform = process.platform,
): boolean {
  const p = pathApi(platform);
  const norm = (s: string) => (caseInsensitive(platform) ? p.resolve(s).toLowerCase() : p.resolve(s));
  const rel = p.relative(norm(parent), norm(child));
  return rel === '' || (!rel.startsWith('..') && !p.isAbsolute(rel));
}

/** Inside the data folder, but not in its `exports` subfolder: drafts, settings.json, history… */
function inDataFolder(dataDir: string, target: string, platform: NodeJS.Platform): boolean {
  const exportsDir = pathApi(platform).join(dataDir, DATA_EXPORTS_SUBDIR);
  return isInside(dataDir, target, platform) && !isInside(exportsDir, target, platform);
}

/**
 * Checks an export folder as typed or stored; returns it normalised. Refused: empty, relative, network (UNC) paths
 * and folders inside the app's data folder. Chinese messages, one line each.
 */
export function checkExportDir(
  dir: string,
  dataDir: string,
  platform: NodeJS.Platform = process.platform,
): string {
  const p = pathApi(platform);
  const given = dir.trim();
  if (!given) throw new AppError('BAD_REQUEST', '请填写导出文件夹。');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(given)) throw new AppError('BAD_REQUEST', '导出文件夹的路径含有无效字符。');
  if (isNetworkPath(given)) {
    throw new AppError(
      'BAD_REQUEST',
      `“${given}”是网络共享路径，不能用作导出文件夹：请选择本机上的文件夹（可导出后再复制到共享位置）。`,
    );
  }
  if (!p.isAbsolute(given)) {
    throw new AppError('BAD_REQUEST', `“${given}”不是完整路径：请填写从盘符或根目录开始的文件夹路径。`);
  }
  const normal = p.resolve(given);
  if (inDataFolder(dataDir, normal, platform)) {
    throw new AppError('BAD_REQUEST', '导出文件夹不能设在年报助手的数据目录中，请选择其他文件夹。');
  }
  return normal;
}

/** The real path of `target`, or of its nearest existing ancestor joined with the rest (symlinks resolved). */
async function realPathOf(target: string): Promise<string> {
  const rest: string[] = [];
  let at = target;
  for (;;) {
    try {
      return path.join(await fs.realpath(at), ...rest.reverse());
    } catch {
      const up = path.dirname(at);
      if (up === at) return target;
      rest.push(path.basename(at));
      at = up;
    }
  }
}

/** Refuses a target whose real location (symlinks followed) lies in the data folder. */
export async function refuseDataFolder(target: string, dataDir: string): Promise<void> {
  const [real, realData] = await Promise.all([realPathOf(target), realPathOf(dataDir)]);
  if (inDataFolder(realData, real, process.platform) || inDataFolder(dataDir, target, process.platform)) {
    throw new AppError('FORBIDDEN', '不能写入年报助手的数据目录，请选择其他文件夹。');
  }
}

/** Whether the folder exists (a file of that name counts as an error). */
export async function folderExists(dir: string): Promise<boolean> {
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) {
      throw new AppError('BAD_REQUEST', `“${dir}”是一个文件，不是文件夹，请选择其他文件夹。`);
    }
    return true;
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw fsErrorToAppError(err, `检查导出文件夹“${dir}”`);
  }
}

/** Checks the export folder and creates it when missing (first export on a new machine); returns it normalised. */
export async function ensureExportDir(dir: string, dataDir: string): Promise<string> {
  const normal = checkExportDir(dir, dataDir);
  await refuseDataFolder(normal, dataDir);
  if (!(await folderExists(normal))) {
    try {
      await fs.mkdir(normal, { recursive: true });
    } catch (err) {
      throw fsErrorToAppError(err, `创建导出文件夹“${normal}”`);
    }
    await refuseDataFolder(normal, dataDir);
  }
  return normal;
}
