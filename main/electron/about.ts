// The 关于 dialog's text: app version, Electron/Chromium versions and the bundled fonts with their licences.
import { promises as fs } from 'node:fs';
import path from 'node:path';

const FONT_FILE = /\.(otf|ttf|ttc|otc|woff2?)$/i;
const LICENCE_FILE = /(licen[cs]e|copying|ofl|notice)/i;

/** Lists the bundled fonts and, for each licence file, its name and first meaningful line. */
export async function describeBundledFonts(fontsDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await fs.readdir(fontsDir)).sort();
  } catch {
    return ['（未找到随附字体目录）'];
  }
  const fonts = names.filter((n) => FONT_FILE.test(n));
  const lines: string[] = [];
  lines.push(fonts.length ? `随附字体：${fonts.join('、')}` : '随附字体：无');
  for (const name of names.filter((n) => LICENCE_FILE.test(n) && !FONT_FILE.test(n))) {
    let first = '';
    try {
      const text = await fs.readFile(path.join(fontsDir, name), 'utf8');
      first =
        text
          .split(/\r?\n/)
          .map((l) => l.trim())
          .find((l) => l.length > 0) ?? '';
    } catch {
      first = '（无法读取）';
    }
    lines.push(`许可证 ${name}：${first.slice(0, 120)}`);
  }
  return lines;
}

export interface AboutInfo {
  readonly version: string;
  readonly electron: string;
  readonly chrome: string;
  readonly fonts: readonly string[];
}

export function aboutText(info: AboutInfo): { message: string; detail: string } {
  return {
    message: `年报助手 ${info.version}`,
    detail: [
      '政府信息公开工作年度报告编写助手。离线运行，不联网，数据只保存在本机。',
      '',
      `版本：${info.version}（Electron ${info.electron}，Chromium ${info.chrome}）`,
      '',
      ...info.fonts,
      '',
      '字体许可证全文随安装包提供（assets/fonts 目录）。',
    ].join('\n'),
  };
}
