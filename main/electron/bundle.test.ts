// The bundles as shipped: main.cjs starts under a stand-in electron and wires everything; preload.cjs needs only electron.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { channelNames } from '../../shared/ipc/contract';
import { shellChannelNames } from '../../shared/ipc/shell-channels';
import { CONTENT_SECURITY_POLICY } from './csp';

const root = path.resolve(__dirname, '..', '..');
const fake = path.join(__dirname, 'fixtures', 'fake-electron.cjs');
let tmp: string;
let out: string;

beforeAll(() => {
  // Inside the repository (.tmp/ is ignored) so that the bundle's external packages resolve from node_modules.
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  tmp = mkdtempSync(path.join(root, '.tmp', 'bundle-'));
  out = path.join(tmp, 'electron');
  mkdirSync(path.join(tmp, 'renderer'), { recursive: true });
  writeFileSync(
    path.join(tmp, 'renderer', 'index.html'),
    '<!doctype html><html><head></head><body></body></html>',
  );
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-main.mjs')], {
    cwd: root,
    env: { ...process.env, NIANBAO_BUILD_OUT: out },
    stdio: 'pipe',
  });
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Record_ {
  handled: string[];
  privileged: { scheme: string; privileges: Record<string, boolean> }[];
  windows: { webPreferences: Record<string, unknown> }[];
  protocols: string[];
  loaded: string;
  sandbox: boolean;
  permissionsDenied: boolean;
  remoteCancelled: boolean;
  indexStatus: number;
  indexCsp: string;
  menu: string[];
}

it('main.cjs starts: every channel registered by handle, hardened window on app://, CSP served', () => {
  const hook = path.join(tmp, 'hook.cjs');
  writeFileSync(
    hook,
    `const M = require('module'); const resolve = M._resolveFilename;
     M._resolveFilename = function (r, ...a) { return r === 'electron' ? ${JSON.stringify(fake)} : resolve.call(this, r, ...a); };`,
  );
  const stdout = execFileSync(process.execPath, ['-r', hook, path.join(out, 'main.cjs')], {
    cwd: root,
    env: { ...process.env, FAKE_APPDATA: tmp, NIANBAO_DATA_DIR: path.join(tmp, 'data') },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
  });
  const json = /@@RECORD(.*)@@/s.exec(stdout)?.[1];
  expect(json).toBeDefined();
  const record = JSON.parse(json!) as Record_;
  expect([...record.handled].sort()).toEqual([...channelNames, ...shellChannelNames].sort());
  expect(record.sandbox).toBe(true);
  expect(record.privileged.map((p) => p.scheme)).toEqual(['app']);
  expect(record.protocols).toEqual(['app']);
  expect(record.indexStatus).toBe(200);
  expect(record.indexCsp).toBe(CONTENT_SECURITY_POLICY);
  expect(record.permissionsDenied).toBe(true);
  expect(record.remoteCancelled).toBe(true);
  expect(record.loaded).toBe('app://nianbao/index.html');
  expect(record.windows).toHaveLength(1);
  expect(record.windows[0]!.webPreferences).toMatchObject({
    preload: path.join(out, 'preload.cjs'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    devTools: false,
  });
  expect(record.menu.map((l) => l.replace(/\(&\w\)$/, ''))).toEqual(['文件', '编辑', '视图', '帮助']);
});

it('preload.cjs runs with only `electron` to require (as in the sandbox) and exposes the contract', () => {
  const code = readFileSync(path.join(out, 'preload.cjs'), 'utf8');
  expect(code).not.toMatch(/\bzod\b/);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const electron = require(fake) as {
    record: { exposed?: Record<string, { keys: string[]; frozen: boolean }> };
  };
  const required: string[] = [];
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`sandboxed preload cannot require ${name}`);
  };
  const module = { exports: {} };
  vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, Object, TypeError });
  expect([...new Set(required)]).toEqual(['electron']);
  const exposed = electron.record.exposed!;
  expect(exposed.nianbao!.keys.sort()).toEqual([...channelNames].sort());
  expect(exposed.nianbao!.frozen).toBe(true);
  expect(exposed.nianbaoShell!.keys.sort()).toEqual([...shellChannelNames, 'onMenuCommand'].sort());
});
