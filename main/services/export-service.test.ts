// export:run writes the chosen kinds under the default names, refuses to overwrite without consent; export:preview returns the PDF.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { exportRunRequest } from '../../shared/ipc/export-channels';
import { seedDraft, tmpDir } from '../export/test-support/tools';
import { createExportService } from './export-service';
import { closeServices, createServices } from './index';

jest.setTimeout(60_000);

const NAME = '石柱土家族自治县人民政府南宾街道办事处2024年政府信息公开工作年度报告';

function service(dir: string, allowExplicitPath?: (p: string) => boolean) {
  const draft = seedDraft();
  return createExportService({
    openDraft: async (id) => {
      if (id !== draft.id) throw new Error('not found');
      return draft;
    },
    exportDir: () => dir,
    dataDir: tmpDir(),
    ...(allowExplicitPath ? { allowExplicitPath } : {}),
    fonts: { searchDirs: [] },
  });
}

describe('export:run', () => {
  it('writes PDF, DOCX and HTML of a saved draft into the export folder under the default names', async () => {
    const dir = tmpDir();
    const out = await service(dir)['export:run']({ draftId: 'seed-003', kinds: ['pdf', 'docx', 'html'] });
    expect(out).toEqual([
      { kind: 'pdf', path: path.join(dir, `${NAME}.pdf`), warnings: [] },
      { kind: 'docx', path: path.join(dir, `${NAME}.docx`), warnings: [] },
      { kind: 'html', path: path.join(dir, `${NAME}.html`), warnings: [] },
    ]);
    expect(
      readFileSync(path.join(dir, `${NAME}.pdf`))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(
      readFileSync(path.join(dir, `${NAME}.docx`))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect(readdirSync(dir).sort()).toHaveLength(3);
  });

  it('asks before overwriting (EXISTS, nothing written) and overwrites when confirmed', async () => {
    const dir = tmpDir();
    const svc = service(dir, (p) => p === dir);
    writeFileSync(path.join(dir, `${NAME}.docx`), 'old');
    const req = { draft: seedDraft(), kinds: ['pdf', 'docx'] as ('pdf' | 'docx')[], targetDir: dir };
    await expect(svc['export:run'](req)).rejects.toMatchObject({
      code: 'EXISTS',
      message: `文件“${NAME}.docx”已存在，是否覆盖？`,
    });
    expect(existsSync(path.join(dir, `${NAME}.pdf`))).toBe(false);
    expect(readFileSync(path.join(dir, `${NAME}.docx`), 'utf8')).toBe('old');
    await svc['export:run']({ ...req, overwrite: true });
    expect(
      readFileSync(path.join(dir, `${NAME}.docx`))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('accepts exactly one of draftId and draft', () => {
    expect(exportRunRequest.safeParse({ kinds: ['pdf'] }).success).toBe(false);
    expect(exportRunRequest.safeParse({ kinds: ['pdf'], draftId: 'a', draft: seedDraft() }).success).toBe(
      false,
    );
    expect(exportRunRequest.safeParse({ kinds: ['pdf'], draftId: 'a' }).success).toBe(true);
    expect(exportRunRequest.safeParse({ kinds: ['exe'], draftId: 'a' }).success).toBe(false);
  });
});

describe('export:preview', () => {
  it('returns the PDF as base64 with its page count and writes no file', async () => {
    const dir = tmpDir();
    const out = await service(dir)['export:preview']({ draft: seedDraft() });
    const bytes = Buffer.from(out.pdfBase64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(out.pages).toBe((await PDFDocument.load(bytes)).getPageCount());
    expect(out.pages).toBeGreaterThanOrEqual(4);
    expect(readdirSync(dir)).toEqual([]);
    expect(out.warnings).toEqual([]);
  });

  it('passes on the PDF writer’s warnings: a character no font has', async () => {
    const dir = tmpDir();
    const d = seedDraft();
    d.texts.s6 = '自造字：\ue000。';
    const preview = await service(dir)['export:preview']({ draft: d });
    expect(preview.warnings[0]).toMatch(/^字体中没有以下字符.*U\+E000/);
    const [pdf] = await service(dir, (p) => p === dir)['export:run']({
      draft: d,
      kinds: ['pdf'],
      targetDir: dir,
    });
    expect(pdf?.warnings[0]).toMatch(/U\+E000/);
  });
});

describe('wired into createServices', () => {
  it('exports a draft saved in the store into the export folder from the settings', async () => {
    const dataDir = tmpDir();
    const exportDir = tmpDir();
    const services = createServices({ dataDir, shell: 'browser', documentsDir: null });
    try {
      await services['settings:set']({ exportDir });
      const saved = await services['drafts:createFrom']({ draft: seedDraft() });
      const out = await services['export:run']({ draftId: saved.draft.id, kinds: ['html'] });
      expect(out).toEqual([{ kind: 'html', path: path.join(exportDir, `${NAME}.html`), warnings: [] }]);
      expect(readFileSync(path.join(exportDir, `${NAME}.html`), 'utf8')).toContain('三、本年度办理结果');
    } finally {
      await closeServices(services);
    }
  });
});
