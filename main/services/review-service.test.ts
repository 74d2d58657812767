// review:* channels through createServices: 我的年报 drafts and typed folders, roll-up saved in 我的年报, 审核表 export.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { serializeDraft } from '../../shared/draft/envelope';
import type { Services } from '../../shared/ipc/contract';
import { contract } from '../../shared/ipc/contract';
import { closeServices, createServices } from './index';

jest.setTimeout(60_000);

let dir: string;
let services: Services;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-review-svc-'));
  fs.mkdirSync(path.join(dir, 'units'));
  fs.mkdirSync(path.join(dir, 'exports'));
  services = createServices({ dataDir: path.join(dir, 'data'), shell: 'browser' });
});
afterEach(async () => {
  await closeServices(services);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function saved(agency: string, cells: Record<string, number>) {
  const { draft } = await services['drafts:create']({ agency, year: 2025 });
  await services['drafts:save']({ draft: { ...draft, cells: { ...draft.cells, ...cells } } });
  return draft.id;
}

describe('review service', () => {
  it('reviews drafts of 我的年报 and a folder, lists unreadable and relative paths, sums into 我的年报', async () => {
    const a = await saved('甲街道', { 't3.new.natural': 2 });
    const b = await saved('乙镇', { 't3.new.natural': 5 });
    const { draft: c } = await services['drafts:create']({ agency: '丙局', year: 2025 });
    const file = path.join(dir, 'units', '丙局.json');
    fs.writeFileSync(file, serializeDraft({ ...c, cells: { 't3.new.natural': 1 } }, 'test'));
    fs.writeFileSync(path.join(dir, 'units', '坏.docx'), 'x');
    const req = contract['review:run'].request.parse({
      paths: [path.join(dir, 'units'), 'units'],
      draftIds: [a, b],
    });
    const run = await services['review:run'](req);
    expect(run.rows.map((r) => r.agency)).toEqual(['丙局', '甲街道', '乙镇']);
    expect(run.rows[0]?.source).toEqual({ kind: 'file', path: file });
    expect(run.rows[1]?.source).toEqual({ kind: 'draft', id: a });
    expect(run.unreadable.map((u) => u.reason)).toEqual([
      expect.stringContaining('请填写完整路径'),
      expect.stringContaining('Word 文件已损坏'),
    ]);
    const unit = await services['review:unit']({ source: { kind: 'draft', id: b } });
    expect(unit.draft.agency).toBe('乙镇');
    expect(unit.row.issues.length).toBeGreaterThan(0);

    const opened = await services['review:rollup']({
      sources: run.rows.map((r) => r.source),
      agency: '某区人民政府办公室',
      year: 2025,
    });
    expect(opened.draft.cells['t3.new.natural']).toBe(8);
    expect(opened.draft.rollup?.units.map((u) => u.agency)).toEqual(['丙局', '甲街道', '乙镇']);
    const list = await services['drafts:list']({});
    expect(list.map((s) => s.agency)).toContain('某区人民政府办公室');
    // The saved draft keeps its provenance.
    const again = await services['drafts:open']({ id: opened.draft.id });
    expect(again.draft.rollup?.cells['t3.new.natural']).toHaveLength(3);
  });

  it('refuses to sum mixed years with one line', async () => {
    const a = await saved('甲街道', {});
    const { draft } = await services['drafts:create']({ agency: '乙镇', year: 2024 });
    await expect(
      services['review:rollup']({
        sources: [
          { kind: 'draft', id: a },
          { kind: 'draft', id: draft.id },
        ],
        agency: '某区',
        year: 2025,
      }),
    ).rejects.toMatchObject({ message: '各单位报告的年度不一致（2024、2025），请只选同一年度的报告再汇总' });
  });

  it('writes the 审核表 into the export folder, never overwriting silently', async () => {
    const a = await saved('甲街道', {});
    await services['settings:set']({ exportDir: path.join(dir, 'exports') });
    const req = contract['review:exportSheet'].request.parse({ draftIds: [a], kind: 'xlsx' });
    const { path: out } = await services['review:exportSheet'](req);
    expect(out).toBe(path.join(dir, 'exports', '审核表（2025年度）.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('审核表')?.getRow(2).getCell(1).value).toBe('甲街道');
    await expect(services['review:exportSheet'](req)).rejects.toMatchObject({ code: 'EXISTS' });
    const csv = contract['review:exportSheet'].request.parse({ draftIds: [a], kind: 'csv' });
    const written = await services['review:exportSheet'](csv);
    expect(fs.readFileSync(written.path, 'utf8')).toContain('甲街道');
  });

  it('reads only paths the shell allows (Electron: picked in a dialog) and writes no 审核表 to a named path', async () => {
    await closeServices(services);
    const picked = path.join(dir, 'units');
    services = createServices({
      dataDir: path.join(dir, 'data'),
      shell: 'electron',
      allowReadPath: (p) => p === picked || p.startsWith(picked + path.sep),
    });
    const { draft } = await services['drafts:create']({ agency: '丁局', year: 2025 });
    fs.writeFileSync(path.join(picked, '丁局.json'), serializeDraft(draft, 'test'));
    const elsewhere = path.join(dir, 'exports');
    const run = await services['review:run']({ paths: [picked, elsewhere], draftIds: [] });
    expect(run.rows.map((r) => r.agency)).toEqual(['丁局']);
    expect(run.unreadable).toEqual([{ file: elsewhere, reason: expect.stringContaining('选择文件夹') }]);
    await expect(
      services['review:exportSheet']({
        paths: [picked],
        draftIds: [],
        kind: 'csv',
        targetPath: path.join(elsewhere, 'x.csv'),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(fs.existsSync(path.join(elsewhere, 'x.csv'))).toBe(false);
  });
});
