// `nianbao serve`: browser mode — serves the built renderer and the IPC contract on 127.0.0.1 until Ctrl+C.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/ipc/result';
import { findAppRoot } from '../../server/app-root';
import { writeLaunchFile } from '../../server/launch-file';
import { openInBrowser } from '../../server/open-browser';
import type { RunningServer } from '../../server/server';
import { loadOrCreateSession, writeSession } from '../../server/token-file';

export interface ServeOptions {
  readonly port?: string;
  readonly dataDir?: string;
  readonly open?: boolean;
  readonly root?: string;
}

/** A TCP port from the command line: 0 (any free port) or 1–65535, digits only. */
export function parsePort(text: string): number {
  if (!/^\d{1,5}$/.test(text))
    throw new AppError('BAD_REQUEST', `端口“${text}”无效：请填 1–65535 之间的整数`);
  let n = 0;
  for (const c of text) n = n * 10 + (c.charCodeAt(0) - 48);
  if (n > 65535) throw new AppError('BAD_REQUEST', `端口“${text}”无效：请填 1–65535 之间的整数`);
  return n;
}

/** The built renderer folder: --root, else dist/renderer of the installed app. */
export function rendererRoot(explicit?: string): string {
  if (explicit) return path.resolve(explicit);
  const start = process.argv[1] ? path.dirname(process.argv[1]) : process.cwd();
  const app = findAppRoot(start) ?? findAppRoot(process.cwd());
  if (!app) throw new AppError('NOT_FOUND', '找不到年报助手的安装目录（package.json）。');
  return path.join(app, 'dist', 'renderer');
}

export interface BrowserMode {
  readonly server: RunningServer;
  /** Stops serving, then flushes saves and releases the data folder. */
  stop(): Promise<void>;
}

export async function startBrowserMode(options: ServeOptions): Promise<BrowserMode> {
  const root = rendererRoot(options.root);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new AppError('NOT_FOUND', `找不到界面文件（${root}），请先运行 npm run build:renderer`);
  }
  // Loaded on use: the store and the HTTP server stay out of `nianbao --version` / `--help`.
  const { closeServices, createServices } = await import('../../services');
  const { resolveDataDir } = await import('../../store/data-dir');
  const { startServer } = await import('../../server/server');
  const dataDir = resolveDataDir({ dataDir: options.dataDir });
  const services = createServices({ dataDir, shell: 'browser' });
  try {
    // One token per data folder, so a restarted server accepts the tab that is still open (token-file.ts).
    const session = await loadOrCreateSession(dataDir);
    const explicit = options.port ? parsePort(options.port) : null;
    const start = (port: number) => startServer({ services, root, port, token: session.token });
    let server: RunningServer;
    if (explicit === null && session.port !== null) {
      // The last port, so open tabs reconnect; any free port if it is taken now.
      server = await start(session.port).catch(() => start(0));
    } else {
      server = await start(explicit ?? 0);
    }
    if (server.port !== session.port) {
      await writeSession(dataDir, { token: session.token, port: server.port }).catch(() => undefined);
    }
    return {
      server,
      stop: async () => {
        await server.close();
        await closeServices(services);
      },
    };
  } catch (err) {
    await closeServices(services);
    const code = (err as { code?: unknown }).code;
    if (code === 'EADDRINUSE')
      throw new AppError('EXISTS', `端口 ${options.port ?? ''} 已被占用，请换一个端口或不指定端口`);
    throw err;
  }
}

/**
 * `--open`: the browser gets the path of a private launch page (0600, in a 0700 folder), never the token itself, so
 * `ps` shows no secret. The page is deleted a minute later.
 */
export async function openLaunchPage(
  launchUrl: string,
  open: (target: string) => Promise<boolean> = openInBrowser,
): Promise<boolean> {
  let launch;
  try {
    launch = await writeLaunchFile(launchUrl);
  } catch {
    return false;
  }
  const opened = await open(launch.file);
  setTimeout(() => void launch.remove().catch(() => undefined), opened ? 60_000 : 0).unref();
  return opened;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('浏览器模式：在本机 127.0.0.1 上启动年报助手，用浏览器打开')
    .option('-p, --port <N>', '端口（默认自动选择空闲端口）')
    .option('-d, --data-dir <D>', '数据目录（草稿、历史版本、设置）')
    .option('--open', '启动后用默认浏览器打开')
    .option('--root <dir>', '界面文件目录（默认 dist/renderer）')
    .action(async (options: ServeOptions) => {
      const mode = await startBrowserMode(options);
      const server = mode.server;
      process.stdout.write(`年报助手（浏览器模式）已启动：${server.launchUrl}\n`);
      process.stdout.write('仅本机可访问；关闭请按 Ctrl+C。\n');
      if (options.open && !(await openLaunchPage(server.launchUrl))) {
        process.stdout.write('未能自动打开浏览器，请手动打开上面的地址。\n');
      }
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void mode.stop().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
