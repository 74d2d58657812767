#!/usr/bin/env node
// `npm start`: builds the renderer and the Electron bundles, then launches Electron where its binary exists;
// where it does not (as on this project's CI machines), says so in one line and starts browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dev = process.argv.includes('--dev');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * The Electron executable of the `electron` package, or null when its binary was never downloaded. Read from its
 * path.txt directly: requiring `electron` would try to download the binary.
 */
export function electronBinary() {
  try {
    const pkgDir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(pkgDir, 'path.txt');
    const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    if (override) return path.join(override, relative || 'electron');
    const binary = relative ? path.join(pkgDir, 'dist', relative) : '';
    return binary && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function forward(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

function main() {
  const env = { ...process.env, NODE_ENV: dev ? 'development' : 'production' };
  run(npm, ['run', '--silent', 'build'], env);

  const binary = electronBinary();
  if (binary) {
    // ELECTRON_RUN_AS_NODE would turn the app into a plain Node process: never pass it on.
    const childEnv = { ...env };
    delete childEnv.ELECTRON_RUN_AS_NODE;
    forward(spawn(binary, [root], { cwd: root, stdio: 'inherit', env: childEnv }));
  } else {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    const oldNode = major < 22 || (major === 22 && minor < 12);
    console.log(
      oldNode
        ? `未找到 Electron 程序：Electron 45 的安装程序需要 Node 22.12 或更高版本（当前 ${process.version}），改为以浏览器模式启动。`
        : '未找到 Electron 程序（本机未下载 Electron），改为以浏览器模式启动。',
    );
    forward(
      spawn(process.execPath, [path.join(root, 'bin', 'nianbao.mjs'), 'serve', '--open'], {
        cwd: root,
        stdio: 'inherit',
        env,
      }),
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
