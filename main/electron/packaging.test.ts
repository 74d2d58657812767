// electron-builder.yml: valid for electron-builder, the security fuses as required, the targets and icons in build/.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '..', '..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('electron-builder.yml', () => {
  /** Runs electron-builder's own code (plain Node, outside jest's transform) on the config. */
  const builder = (() => {
    const script = `
      const { PlatformPackager } = require('app-builder-lib');
      const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
      const { DebugLogger } = require('builder-util');
      const config = require('yaml').parse(require('fs').readFileSync('electron-builder.yml', 'utf8'));
      (async () => {
        let valid = true, problem = '';
        try { await validateConfiguration(config, new DebugLogger(false)); } catch (e) { valid = false; problem = e.message; }
        const fuses = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses);
        process.stdout.write(JSON.stringify({ valid, problem, fuses }));
      })();`;
    let result: { valid: boolean; problem: string; fuses: Record<string, unknown> } | null = null;
    return () =>
      (result ??= JSON.parse(
        execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }),
      ));
  })();

  it('passes electron-builder’s own schema validation', () => {
    expect(builder()).toMatchObject({ valid: true, problem: '' });
  });

  it('flips the fuses: RunAsNode, NODE_OPTIONS and inspect off; asar integrity and asar-only on', () => {
    expect(builder().fuses).toMatchObject({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
    expect(config.asar).toBe(true);
  });

  it('builds per-user NSIS without admin and a portable exe for Windows', () => {
    const targets = config.win.target.map((t: { target: string; arch: string[] }) => [t.target, t.arch]);
    expect(targets).toEqual([
      ['nsis', ['x64', 'arm64']],
      ['portable', ['x64']],
    ]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.portable.requestExecutionLevel).toBe('user');
  });

  it('builds AppImage and deb for x64 and arm64 on Linux', () => {
    const targets = config.linux.target.map((t: { target: string; arch: string[] }) => [
      t.target,
      [...t.arch].sort(),
    ]);
    expect(targets).toEqual([
      ['AppImage', ['arm64', 'x64']],
      ['deb', ['arm64', 'x64']],
    ]);
  });

  it('pins Electron to one exact version (checklist item 16), the lockfile agreeing', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const pinned = pkg.devDependencies.electron;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    expect(lock.packages['node_modules/electron']?.version).toBe(pinned);
  });

  it('packs only the built app, assets and package.json, and package.json main is the bundle', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'assets/**']),
    );
    // Fonts (and their licences) go beside app.asar, where main/export/pdf/font-files.ts looks for them.
    expect(config.extraResources).toEqual([
      { from: 'assets/fonts', to: 'assets/fonts' },
      {
        from: 'docs',
        to: 'docs',
        filter: ['用户手册.md', '导入上年报告.md', '导出与打印.md', '数据存放位置.md', 'images/**'],
      },
    ]);
    expect(config.files).toContain('!assets/fonts/**');
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('has real icons in build/: a 512 PNG, an ICO with a 256 entry, Linux sizes', () => {
    const png = readFileSync(path.join(root, config.win.icon.replace('.ico', '.png')));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    const ico = readFileSync(path.join(root, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, k) => ico.readUInt8(6 + 16 * k) || 256);
    expect(widths).toContain(256);
    for (const s of [16, 32, 48, 256, 512]) {
      const icon = readFileSync(path.join(root, config.linux.icon, `${s}x${s}.png`));
      expect(icon.readUInt32BE(16)).toBe(s);
    }
  });
});
