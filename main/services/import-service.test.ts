// The import:file channel: request validation, base64 decoding, draft + report, saving through drafts:createFrom.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contract } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { closeServices, createServices } from './index';
import { createImportService } from './import-service';

const seed = fs.readFileSync(path.resolve(__dirname, '../../fixtures/seeds/003_be04c842d3f1cdaa.txt'));
const b64 = (b: Uint8Array | string) => Buffer.from(b).toString('base64');

describe('import:file', () => {
  const service = createImportService();

  it('imports a published report into an unsaved draft with its report', async () => {
    const res = await service['import:file']({ fileName: 'C:\\报告\\南宾.txt', contentBase64: b64(seed) });
    expect(res.report).toMatchObject({
      fileName: '南宾.txt',
      formatId: 'gov-2021',
      year: 2024,
      unresolved: [],
    });
    expect(res.draft.cells['t2_5.license.decisions']).toBe(264);
  });

  it('marks a report imported as last year’s', async () => {
    const res = await service['import:file']({
      fileName: 'a.txt',
      contentBase64: b64(seed),
      asPrevious: true,
    });
    expect(res.report.notes.some((n) => n.includes('上一年度'))).toBe(true);
  });

  it('refuses bad requests through the contract schema and bad files with a Chinese message', async () => {
    const schema = contract['import:file'].request;
    expect(schema.safeParse({ fileName: '', contentBase64: '' }).success).toBe(false);
    expect(schema.safeParse({ fileName: 'a.txt', contentBase64: '不是base64' }).success).toBe(false);
    expect(schema.safeParse({ fileName: 'a.txt', contentBase64: 'A'.repeat(8 * 1024 * 1024) }).success).toBe(
      false,
    );
    await expect(service['import:file']({ fileName: 'a.txt', contentBase64: '' })).rejects.toThrow(
      '文件是空的',
    );
    await expect(
      service['import:file']({ fileName: 'a.txt', contentBase64: b64('随便写的一句话。') }),
    ).rejects.toBeInstanceOf(AppError);
  });

  it('is part of the services, and the imported draft can be saved with drafts:createFrom', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-import-'));
    const services = createServices({ dataDir: dir, shell: 'browser', documentsDir: null });
    try {
      const { draft } = await services['import:file']({ fileName: 'a.txt', contentBase64: b64(seed) });
      const saved = await services['drafts:createFrom']({ draft });
      expect(saved.draft.cells['t3.new.natural']).toBe(4);
      expect((await services['drafts:list']({})).map((d) => d.year)).toEqual([2024]);
    } finally {
      await closeServices(services);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
