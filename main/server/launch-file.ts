// `serve --open` without the token on a command line: a private (0600) HTML file that sends the browser on.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LaunchFile {
  /** The file to hand to the browser: its path carries no secret. */
  readonly file: string;
  /** Deletes the file and its folder. */
  remove(): Promise<void>;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function launchHtml(launchUrl: string): string {
  const url = escapeAttr(launchUrl);
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    `<meta http-equiv="refresh" content="0;url=${url}"><meta name="referrer" content="no-referrer">` +
    '<title>正在打开年报助手…</title></head><body>' +
    `<p>正在打开年报助手……如未自动打开，请<a href="${url}">点此打开</a>。</p></body></html>`
  );
}

/**
 * Writes the launch page into a fresh folder only the user can enter (mkdtemp: 0700), as a 0600 file. Other local
 * users see only its path on the browser's command line; the token stays inside.
 */
export async function writeLaunchFile(launchUrl: string, tmpDir = os.tmpdir()): Promise<LaunchFile> {
  const dir = await fs.mkdtemp(path.join(tmpDir, 'nianbao-open-'));
  await fs.chmod(dir, 0o700);
  const file = path.join(dir, 'open.html');
  await fs.writeFile(file, launchHtml(launchUrl), { mode: 0o600, flag: 'wx' });
  await fs.chmod(file, 0o600);
  return { file, remove: () => fs.rm(dir, { recursive: true, force: true }) };
}
