// The 审核与汇总 handlers: units from paths/folders and 我的年报, one review line each, roll-up into 我的年报, 审核表.
import path from 'node:path';
import type { Draft } from '../../shared/draft/schema';
import type { ParsedRequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { OpenedDraft } from '../../shared/ipc/draft-channels';
import type { ReviewRow, ReviewSource } from '../../shared/ipc/review-channels';
import { AppError } from '../../shared/ipc/result';
import { reviewUnits, rollupUnits, type ReviewUnit } from '../../shared/review';
import { writeFileSafely } from '../export/safe-write';
import { expandPaths, loadUnit, type UnitImporter, type Unreadable } from '../review/load-units';

export interface ReviewServiceDeps {
  /** The services' import runner (a worker with budgets). */
  readonly importFile: UnitImporter;
  readonly openDraft: (id: string) => Promise<Draft>;
  readonly createFrom: (draft: Draft) => Promise<OpenedDraft>;
  readonly exportDir: () => string;
  /** 公开期限 (MM-DD) from the settings. */
  readonly deadline: () => string;
  /** Whether a named file/folder may be read (Electron: picked in a dialog). Default: any. */
  readonly allowRead?: (p: string) => boolean;
  /** Whether an explicit 审核表 target may be written (as for exports). Default: none. */
  readonly allowWrite?: (file: string) => boolean;
}

type Handler<K extends 'review:run' | 'review:unit' | 'review:rollup' | 'review:exportSheet'> = (
  req: ParsedRequestOf<K>,
) => Promise<ResponseOf<K>>;

export interface ReviewHandlers {
  'review:run': Handler<'review:run'>;
  'review:unit': Handler<'review:unit'>;
  'review:rollup': Handler<'review:rollup'>;
  'review:exportSheet': Handler<'review:exportSheet'>;
}

interface Loaded {
  readonly units: ReviewUnit[];
  readonly sources: ReviewSource[];
  readonly unreadable: Unreadable[];
}

const reasonOf = (err: unknown) => (err instanceof AppError ? err.message : '无法读取');
const NOT_ABSOLUTE = '请填写完整路径（例如 D:\\年报\\各单位 或 /home/user/年报）';
const NOT_CHOSEN = '只能审核用“选择文件夹…”选择的文件夹或在对话框中打开的文件';

export function createReviewService(deps: ReviewServiceDeps): ReviewHandlers {
  async function fromDraft(id: string): Promise<ReviewUnit> {
    const draft = await deps.openDraft(id);
    return { file: `我的年报：${draft.agency} ${draft.year} 年度`, draft, unresolved: [] };
  }

  async function load(paths: readonly string[], draftIds: readonly string[]): Promise<Loaded> {
    const units: ReviewUnit[] = [];
    const sources: ReviewSource[] = [];
    const unreadable: Unreadable[] = [];
    const allowRead = deps.allowRead ?? (() => true);
    const absolute = paths.filter((p) => path.isAbsolute(p) && allowRead(p));
    for (const p of paths) {
      if (!path.isAbsolute(p)) unreadable.push({ file: p, reason: NOT_ABSOLUTE });
      else if (!allowRead(p)) unreadable.push({ file: p, reason: NOT_CHOSEN });
    }
    const expanded = await expandPaths(absolute);
    unreadable.push(...expanded.unreadable);
    for (const file of expanded.files) {
      try {
        units.push(await loadUnit(file, deps.importFile));
        sources.push({ kind: 'file', path: file });
      } catch (err) {
        unreadable.push({ file, reason: reasonOf(err) });
      }
    }
    for (const id of draftIds) {
      try {
        units.push(await fromDraft(id));
        sources.push({ kind: 'draft', id });
      } catch (err) {
        unreadable.push({ file: `我的年报：${id}`, reason: reasonOf(err) });
      }
    }
    return { units, sources, unreadable };
  }

  const split = (sources: readonly ReviewSource[]) => ({
    paths: sources.flatMap((s) => (s.kind === 'file' ? [s.path] : [])),
    draftIds: sources.flatMap((s) => (s.kind === 'draft' ? [s.id] : [])),
  });

  async function run(paths: readonly string[], draftIds: readonly string[]) {
    const loaded = await load(paths, draftIds);
    const reports = reviewUnits(loaded.units, { deadline: deps.deadline() });
    const rows: ReviewRow[] = reports.map((r, i) => ({
      ...r,
      source: loaded.sources[i] ?? { kind: 'file', path: r.file },
    }));
    return { rows, unreadable: loaded.unreadable };
  }

  return {
    'review:run': async (req) => run(req.paths, req.draftIds),
    'review:unit': async ({ source }) => {
      const { paths, draftIds } = split([source]);
      const loaded = await load(paths, draftIds);
      const unit = loaded.units[0];
      if (!unit) throw new AppError('NOT_FOUND', loaded.unreadable[0]?.reason ?? '找不到这份报告');
      const [report] = reviewUnits([unit], { deadline: deps.deadline() });
      if (!report) throw new AppError('NOT_FOUND', '找不到这份报告');
      return { draft: unit.draft, row: { ...report, source } };
    },
    'review:rollup': async ({ sources, agency, year }) => {
      const { paths, draftIds } = split(sources);
      const loaded = await load(paths, draftIds);
      const first = loaded.unreadable[0];
      if (first) {
        throw new AppError(
          'BAD_REQUEST',
          `有 ${loaded.unreadable.length} 份报告无法读取，未汇总：${path.basename(first.file)}（${first.reason}）`,
        );
      }
      const res = rollupUnits(loaded.units, { agency, year });
      if (!res.ok) throw new AppError('BAD_REQUEST', res.message);
      return deps.createFrom(res.draft);
    },
    'review:exportSheet': async (req) => {
      if (req.targetPath !== undefined && !path.isAbsolute(req.targetPath)) {
        throw new AppError('BAD_REQUEST', NOT_ABSOLUTE);
      }
      if (req.targetPath !== undefined && !(deps.allowWrite ?? (() => false))(req.targetPath)) {
        throw new AppError('FORBIDDEN', '只能导出到“设置”中的导出文件夹或在对话框中选择的位置。');
      }
      const { rows, unreadable } = await run(req.paths, req.draftIds);
      const years = [...new Set(rows.map((r) => r.year))];
      const name = `审核表${years.length === 1 ? `（${String(years[0])}年度）` : ''}.${req.kind}`;
      const target = req.targetPath ?? path.join(deps.exportDir(), name);
      const { reviewCsv, reviewWorkbook } = await import('../review/review-sheet'); // exceljs only when asked
      const data = req.kind === 'xlsx' ? await reviewWorkbook(rows, unreadable) : reviewCsv(rows, unreadable);
      await writeFileSafely(target, data, Boolean(req.overwrite));
      return { path: target };
    },
  };
}
