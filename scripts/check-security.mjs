#!/usr/bin/env node
// Static security check of the app code: fails on weakened Electron settings, webview tags, dynamic code, stray shell use.
// Usage: node scripts/check-security.mjs [--root DIR] — DIR defaults to the repository; tests and mocks are skipped.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED_DIRS = ['main', 'renderer', 'shared', 'scripts', 'bin', 'e2e'];
const EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.mjs', '.cjs', '.html']);
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '__mocks__', 'coverage', 'test-results', 'fixtures']);
const SKIPPED_FILE = /\.(test|spec)\.[cm]?[jt]sx?$/;

/** Each rule: a pattern, a Chinese explanation, and optionally the only files where it is allowed. */
export const RULES = [
  {
    id: 'node-integration',
    re: /\bnodeIntegration(InWorker|InSubFrames)?\s*:\s*true\b/,
    why: '不得开启 nodeIntegration',
  },
  { id: 'context-isolation', re: /\bcontextIsolation\s*:\s*false\b/, why: '不得关闭 contextIsolation' },
  { id: 'sandbox', re: /\bsandbox\s*:\s*false\b/, why: '不得关闭 sandbox' },
  { id: 'web-security', re: /\bwebSecurity\s*:\s*false\b/, why: '不得关闭 webSecurity' },
  { id: 'insecure-content', re: /\ballowRunningInsecureContent\s*:\s*true\b/, why: '不得允许不安全内容' },
  { id: 'experimental', re: /\bexperimentalFeatures\s*:\s*true\b/, why: '不得开启实验特性' },
  { id: 'blink-features', re: /\benableBlinkFeatures\b/, why: '不得开启 Blink 实验特性' },
  { id: 'webview-tag', re: /\bwebviewTag\s*:\s*true\b/, why: '不得启用 webview 标签' },
  { id: 'webview', re: /<\s*webview\b/i, why: '不得使用 webview 元素' },
  { id: 'remote', re: /@electron\/remote|\benableRemoteModule\b/, why: '不得使用 remote 模块' },
  { id: 'eval', re: /(^|[^\w$.])eval\s*\(/, why: '应用代码不得动态执行代码（eval）' },
  { id: 'new-function', re: /\bnew\s+Function\s*\(/, why: '应用代码不得动态执行代码（Function 构造器）' },
  { id: 'string-timer', re: /\bset(Timeout|Interval)\s*\(\s*['"`]/, why: '定时器不得接受字符串代码' },
  { id: 'bypass-csp', re: /\bbypassCSP\s*:\s*true\b/, why: '自定义协议不得绕过 CSP' },
  {
    id: 'file-url',
    re: /\bloadFile\s*\(|\bloadURL\s*\(\s*['"`]file:/,
    why: '不得从 file:// 加载界面（使用 app:// 协议）',
  },
  { id: 'open-external', re: /\bopenExternal\s*\(/, why: '离线应用不得调用 openExternal' },
  {
    id: 'shell-open',
    re: /\.(openPath|showItemInFolder)\s*\(/,
    why: '打开或显示文件只能经过 main/electron/shell-guard.ts',
    allow: ['main/electron/shell-guard.ts'],
  },
  {
    id: 'expose-ipc',
    re: /exposeInMainWorld\s*\([^)]*\bipcRenderer\b/,
    why: '不得向页面暴露 ipcRenderer',
  },
];

async function* walk(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* walk(full);
    } else if (EXTENSIONS.has(path.extname(entry.name)) && !SKIPPED_FILE.test(entry.name)) {
      yield full;
    }
  }
}

/** Returns the findings under `root` as "file:line  rule: why". */
export async function scan(root) {
  const findings = [];
  for (const top of SCANNED_DIRS) {
    for await (const file of walk(path.join(root, top))) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      const lines = (await readFile(file, 'utf8')).split(/\r?\n/);
      lines.forEach((line, i) => {
        for (const rule of RULES) {
          if (rule.allow?.includes(rel)) continue;
          if (rule.re.test(line)) findings.push(`${rel}:${i + 1}  ${rule.id}：${rule.why}`);
        }
      });
    }
  }
  return findings;
}

async function main() {
  const at = process.argv.indexOf('--root');
  const root = at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : repo;
  const findings = await scan(root);
  if (findings.length) {
    console.error(`安全检查未通过（${findings.length} 处）：`);
    for (const f of findings) console.error(`  ${f}`);
    process.exitCode = 1;
  } else {
    console.log('安全检查通过：未发现削弱 Electron 安全设置、webview、动态执行代码或越权打开文件的代码。');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
