// The static security check fails on each weakened setting, webview, dynamic code and stray shell use, and passes the repo.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const script = path.join(root, 'scripts', 'check-security.mjs');

/** Builds offending lines from parts so this test file itself never contains them. */
const j = (...parts: string[]) => parts.join('');
const offending: Record<string, string> = {
  'node-integration': j('webPreferences: { nodeIntegration', ': true }'),
  'node-integration-worker': j('{ nodeIntegrationInWorker', ': true }'),
  'context-isolation': j('{ contextIsolation', ': false }'),
  sandbox: j('{ sandbox', ': false }'),
  'web-security': j('{ webSecurity', ':false }'),
  'insecure-content': j('{ allowRunningInsecureContent', ': true }'),
  webview: j('const html = "<', 'webview src=x>";'),
  eval: j('const x = ev', 'al("1+1");'),
  'new-function': j('const f = new Fun', 'ction("return 1");'),
  'string-timer': j('setTime', "out('alert(1)', 10);"),
  'bypass-csp': j('{ privileges: { bypass', 'CSP: true } }'),
  'file-url': j('win.load', "URL('file:///x/index.html');"),
  'open-external': j('shell.open', "External('https://x');"),
  'shell-open': j('shell.open', 'Path(userPath);'),
  'expose-ipc': j('contextBridge.exposeInMainWorld("x", ipc', 'Renderer);'),
};

function check(files: Record<string, string>): { status: number | null; out: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-check-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const run = spawnSync(process.execPath, [script, '--root', dir], { encoding: 'utf8' });
    return { status: run.status, out: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('scripts/check-security.mjs', () => {
  it.each(Object.entries(offending))('fails on %s', (_name, line) => {
    const { status, out } = check({ 'main/app/bad.ts': `// ok\n${line}\n` });
    expect(status).toBe(1);
    expect(out).toContain('main/app/bad.ts:2');
  });

  it('fails on a webview element in HTML under renderer/', () => {
    const { status, out } = check({
      'renderer/index.html': j('<body><', 'webview src="https://x"></', 'webview></body>'),
    });
    expect(status).toBe(1);
    expect(out).toContain('renderer/index.html:1');
  });

  it('passes clean code, the shell guard itself, tests and mocks', () => {
    const { status } = check({
      'main/app/good.ts':
        'const prefs = { contextIsolation: true, sandbox: true };\nconst evaluate = () => 1;\n',
      'main/electron/shell-guard.ts': j('await shell.open', 'Path(real);'),
      'main/app/good.test.ts': offending.eval!,
      'main/electron/__mocks__/electron.ts': offending['open-external']!,
    });
    expect(status).toBe(0);
  });

  it('passes on this repository', () => {
    expect(execFileSync(process.execPath, [script], { cwd: root, encoding: 'utf8' })).toContain(
      '安全检查通过',
    );
  });
});
