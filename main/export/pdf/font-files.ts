// Where the fonts come from: the clerk's installed 公文 fonts (found by file name) or the bundled open-licence fonts.
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type FontRole = 'title' | 'heading1' | 'heading2' | 'body' | 'table' | 'pageNumber';
export const FONT_ROLES: readonly FontRole[] = [
  'title',
  'heading1',
  'heading2',
  'body',
  'table',
  'pageNumber',
];

/** Bundled faces under assets/fonts (licences next to them). */
export const BUNDLED: Readonly<Record<FontRole, string>> = {
  title: 'FandolSong-Bold.otf',
  heading1: 'FandolHei-Regular.otf',
  heading2: 'FandolKai-Regular.otf',
  body: 'FandolFang-Regular.otf',
  table: 'FandolSong-Regular.otf',
  pageNumber: 'FandolSong-Regular.otf',
};
/** Wide-coverage face for characters the role's font lacks (喆 堃 镕 …). */
export const BUNDLED_FALLBACK = 'NotoSerifCJKsc-Fallback.otf';

/** The 公文 fonts a clerk usually has, by file name (lower case), best first. Collections (.ttc) are not used. */
export const INSTALLED_CANDIDATES: Readonly<Record<FontRole, readonly string[]>> = {
  title: ['方正小标宋简体.ttf', 'fzxbsjw.ttf', 'fzxbsjw--gb1-0.ttf', '方正小标宋_gbk.ttf', 'fzxbsk.ttf'],
  heading1: ['黑体.ttf', 'simhei.ttf'],
  heading2: ['楷体_gb2312.ttf', 'kaiti_gb2312.ttf', 'simkai.ttf', '楷体.ttf'],
  body: ['仿宋_gb2312.ttf', 'fangsong_gb2312.ttf', 'simfang.ttf', '仿宋.ttf'],
  table: ['宋体.ttf', 'simsun.ttf'],
  pageNumber: ['宋体.ttf', 'simsun.ttf'],
};

/** The usual font folders on Windows, Linux (UOS/Kylin) and macOS. */
export function defaultFontDirs(): string[] {
  const home = os.homedir();
  const dirs = [
    path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts'),
    ...(process.env.LOCALAPPDATA
      ? [path.join(process.env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts')]
      : []),
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    path.join(home, '.local', 'share', 'fonts'),
    path.join(home, '.fonts'),
    '/Library/Fonts',
    path.join(home, 'Library', 'Fonts'),
  ];
  return dirs.filter((d) => existsSync(d));
}

/** Lower-case file name → full path, for every file in `dirs` (recursively, a few levels deep). */
export function scanFontDirs(dirs: readonly string[], depth = 4): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string, left: number) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      const lower = name.toLowerCase();
      if (/\.(ttf|otf)$/.test(lower)) {
        if (!found.has(lower)) found.set(lower, full);
      } else if (left > 0 && !lower.includes('.')) {
        try {
          if (statSync(full).isDirectory()) walk(full, left - 1);
        } catch {
          // unreadable folder: skip
        }
      }
    }
  };
  for (const d of dirs) walk(d, depth);
  return found;
}

/** Finds the bundled fonts folder: $NIANBAO_FONTS_DIR, Electron resources, or assets/fonts above cwd / the entry script. */
export function bundledFontsDir(): string {
  const marker = BUNDLED.body;
  const candidates: string[] = [];
  if (process.env.NIANBAO_FONTS_DIR) candidates.push(process.env.NIANBAO_FONTS_DIR);
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) candidates.push(path.join(resources, 'assets', 'fonts'));
  const starts = [process.cwd(), path.dirname(process.argv[1] ?? process.cwd())];
  for (const start of starts) {
    let dir = path.resolve(start);
    for (let i = 0; i < 6; i++) {
      candidates.push(path.join(dir, 'assets', 'fonts'));
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  const hit = candidates.find((c) => existsSync(path.join(c, marker)));
  if (!hit) throw new Error('找不到内置字体文件夹 assets/fonts（安装可能不完整）。');
  return hit;
}
