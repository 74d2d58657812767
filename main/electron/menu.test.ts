// Chinese menus with the usual shortcuts, default file names, the 关于 text and the CSP directives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { aboutText, describeBundledFonts } from './about';
import { CONTENT_SECURITY_POLICY, parseCsp, withCspMeta } from './csp';
import { defaultFileName, safeFileStem, withExtension } from './file-names';
import { buildMenuTemplate } from './menu';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((m) => [
    m,
    ...items((m.submenu as MenuItemConstructorOptions[] | undefined) ?? []),
  ]);
}

describe('menu', () => {
  const send = jest.fn();
  const showAbout = jest.fn();
  const template = buildMenuTemplate({ send, showAbout, isPackaged: true });

  it('has 文件 / 编辑 / 视图 / 帮助', () => {
    expect(template.map((m) => String(m.label).replace(/\(&\w\)$/, ''))).toEqual([
      '文件',
      '编辑',
      '视图',
      '帮助',
    ]);
  });

  it.each([
    ['新建年度报告…', 'CmdOrCtrl+N', 'new-report'],
    ['打开草稿文件…', 'CmdOrCtrl+O', 'open-draft-file'],
    ['保存', 'CmdOrCtrl+S', 'save'],
    ['导出…', 'CmdOrCtrl+E', 'export'],
    ['打印…', 'CmdOrCtrl+P', 'print'],
    ['使用说明', 'F1', 'help'],
  ])('%s has %s and sends %s', (label, accelerator, command) => {
    const item = items(template).find((i) => i.label === label);
    expect(item?.accelerator).toBe(accelerator);
    (item?.click as () => void)();
    expect(send).toHaveBeenLastCalledWith(command);
  });

  it('uses the standard edit roles with Chinese labels', () => {
    const edit = items(template).filter((i) => i.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']) {
      const item = edit.find((i) => i.role === role);
      expect(item?.label).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('opens 关于 and offers DevTools only when not packaged', () => {
    (items(template).find((i) => i.label === '关于年报助手')?.click as () => void)();
    expect(showAbout).toHaveBeenCalled();
    expect(items(template).some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
    const dev = buildMenuTemplate({ send, showAbout, isPackaged: false });
    expect(items(dev).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});

describe('file names', () => {
  it('names exports after the agency and year', () => {
    expect(defaultFileName('pdf', '蔡家岗街道办事处', 2025)).toBe(
      '蔡家岗街道办事处2025年政府信息公开工作年度报告.pdf',
    );
    expect(defaultFileName('docx', '某市人民政府办公室', 2024)).toBe(
      '某市人民政府办公室2024年政府信息公开工作年度报告.docx',
    );
    expect(defaultFileName('draft', '蔡家岗街道办事处', 2025)).toBe(
      '蔡家岗街道办事处2025年政府信息公开工作年度报告（草稿）.nianbao.json',
    );
  });

  it('drops characters Windows forbids and trailing dots', () => {
    expect(safeFileStem(' a/b\\c:d*e?f"g<h>i|j\u0001. ')).toBe('abcdefghij');
    expect(defaultFileName('html', '../../etc', 2025)).toBe('....etc2025年政府信息公开工作年度报告.html');
  });

  it('adds the extension only when missing', () => {
    expect(withExtension('/x/报告', 'pdf')).toBe('/x/报告.pdf');
    expect(withExtension('/x/报告.PDF', 'pdf')).toBe('/x/报告.PDF');
    expect(withExtension('/x/草稿', 'draft')).toBe('/x/草稿.nianbao.json');
    expect(withExtension('/x/草稿.json', 'draft')).toBe('/x/草稿.json');
  });
});

describe('关于', () => {
  it('lists the bundled fonts and their licences with the version', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-fonts-'));
    writeFileSync(path.join(dir, 'FandolFang-Regular.otf'), '');
    writeFileSync(path.join(dir, 'LICENSE-FandolFang.txt'), '\nGNU GENERAL PUBLIC LICENSE\nVersion 3');
    writeFileSync(path.join(dir, 'OFL-NotoSerifSC.txt'), 'SIL OPEN FONT LICENSE Version 1.1');
    const fonts = await describeBundledFonts(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(fonts).toEqual([
      '随附字体：FandolFang-Regular.otf',
      '许可证 LICENSE-FandolFang.txt：GNU GENERAL PUBLIC LICENSE',
      '许可证 OFL-NotoSerifSC.txt：SIL OPEN FONT LICENSE Version 1.1',
    ]);
    const text = aboutText({ version: '1.2.3', electron: '45.4.1', chrome: '142', fonts });
    expect(text.message).toBe('年报助手 1.2.3');
    expect(text.detail).toContain('Electron 45.4.1');
    expect(text.detail).toContain('GNU GENERAL PUBLIC LICENSE');
  });
});

describe('CSP', () => {
  const csp = parseCsp(CONTENT_SECURITY_POLICY);
  const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);

  it('has no remote source, no eval, and locks down objects, base and forms', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    for (const [name, sources] of csp) {
      for (const s of sources) expect({ name, s, ok: allowed.has(s) }).toEqual({ name, s, ok: true });
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('adds the meta to a page without one and keeps an existing one', () => {
    expect(withCspMeta('<html><head></head></html>')).toContain('http-equiv="Content-Security-Policy"');
    const own =
      '<html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head></html>';
    expect(withCspMeta(own)).toBe(own);
  });
});
