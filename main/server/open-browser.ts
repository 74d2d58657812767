// Opens a URL in the desktop's default browser (`nianbao serve --open`); failure is reported, never fatal.
import { spawn } from 'node:child_process';

export function openInBrowser(url: string, platform = process.platform): Promise<boolean> {
  const [cmd, args]: [string, string[]] =
    platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
      : platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  return new Promise((resolve) => {
    try {
      const child = spawn(cmd, args, { detached: true, stdio: 'ignore', windowsHide: true });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
