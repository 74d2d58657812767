// 审核与汇总: check every unit's report in one pass, open one read-only, sum them into a district draft, export 审核表.
import { useEffect, useState } from 'react';
import type { ReviewRow, ReviewRun } from '../../shared/ipc/review-channels';
import { ApiError, errorMessage, getApi } from '../api';
import { useNotify } from '../app/notices';
import type { Route } from '../app/router';
import { useConfirm } from '../app/use-confirm';
import { ReviewSources, type ReviewSelection } from './review-sources';
import { ReviewTable } from './review-table';
import { ReviewUnitModal } from './review-unit-modal';
import { WrittenFilesModal, type WrittenFile } from './written-files';
import './review-view.css';

export function ReviewView({ go }: { readonly go: (r: Route) => void }) {
  const api = getApi();
  const notify = useNotify();
  const [confirmElement, confirm] = useConfirm();
  const [selection, setSelection] = useState<ReviewSelection>({ paths: [], draftIds: [] });
  const [result, setResult] = useState<{ run: ReviewRun; selection: ReviewSelection } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [open, setOpen] = useState<ReviewRow | null>(null);
  const [agency, setAgency] = useState('');
  const [written, setWritten] = useState<readonly WrittenFile[] | null>(null);

  useEffect(() => {
    let live = true;
    api['settings:get']({})
      .then((s) => live && setAgency((a) => a || s.defaultAgency))
      .catch(() => undefined); // the clerk types the name
    return () => {
      live = false;
    };
  }, [api]);

  const chosen = selection.paths.length + selection.draftIds.length;
  const rows = result?.run.rows ?? [];
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const [year, setYear] = useState<number | null>(null);
  const rollupYear = year !== null && years.includes(year) ? year : (years[years.length - 1] ?? null);

  const runReview = async () => {
    setBusy('正在审核…');
    try {
      const run = await api['review:run']({ paths: [...selection.paths], draftIds: [...selection.draftIds] });
      setResult({ run, selection });
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      setBusy(null);
    }
  };

  const rollup = async () => {
    if (rollupYear === null) return;
    setBusy('正在汇总…');
    try {
      const sources = rows.filter((r) => r.year === rollupYear).map((r) => r.source);
      const opened = await api['review:rollup']({ sources, agency, year: rollupYear });
      notify(
        `已生成汇总报告：${opened.draft.agency} ${opened.draft.year}年度（${sources.length} 个单位）`,
        'success',
      );
      go({ name: 'edit', id: opened.draft.id });
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      setBusy(null);
    }
  };

  const exportSheet = async (kind: 'xlsx' | 'csv') => {
    if (!result) return;
    const req = { paths: [...result.selection.paths], draftIds: [...result.selection.draftIds], kind };
    setBusy('正在导出…');
    try {
      let out: { path: string };
      try {
        out = await api['review:exportSheet'](req);
      } catch (err) {
        if (!(err instanceof ApiError) || err.code !== 'EXISTS') throw err;
        const ok = await confirm({
          title: '文件已存在',
          body: `${err.message}`,
          confirmLabel: '覆盖',
          danger: true,
        });
        if (!ok) return;
        out = await api['review:exportSheet']({ ...req, overwrite: true });
      }
      setWritten([{ label: kind === 'xlsx' ? '审核表（Excel）' : '审核表（CSV）', path: out.path }]);
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="page review-page" aria-labelledby="review-title">
      <div className="page-head">
        <h1 id="review-title">审核与汇总</h1>
      </div>
      <p className="muted">
        汇总各街道、乡镇和部门的年报：逐份校验（与编辑年报时的校验相同），再把数字相加生成本地区年报的草稿。
      </p>
      <ReviewSources selection={selection} onChange={setSelection} />
      <div className="page-actions review-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={chosen === 0 || busy !== null}
          onClick={() => void runReview()}
        >
          开始审核（{chosen} 项）
        </button>
        {busy && (
          <span className="muted" role="status">
            {busy}
          </span>
        )}
      </div>
      {result && (
        <>
          <h2>审核结果：{rows.length} 份报告</h2>
          {result.run.unreadable.length > 0 && (
            <div className="review-unreadable" role="alert">
              <strong>以下 {result.run.unreadable.length} 个文件无法读取：</strong>
              <ul className="plain-list">
                {result.run.unreadable.map((u) => (
                  <li key={u.file}>
                    <span className="path">{u.file}</span>：{u.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {rows.length > 0 && <ReviewTable rows={rows} onOpen={setOpen} />}
          <div className="review-bottom">
            <fieldset className="review-rollup">
              <legend>生成汇总报告</legend>
              <label htmlFor="rollup-agency">汇总报告的机关名称</label>
              <input
                id="rollup-agency"
                type="text"
                value={agency}
                placeholder="例如 某某区人民政府办公室"
                onChange={(e) => setAgency(e.target.value)}
              />
              {years.length > 1 && (
                <>
                  <label htmlFor="rollup-year">汇总年度</label>
                  <select
                    id="rollup-year"
                    value={rollupYear ?? ''}
                    onChange={(e) => setYear(Number.parseInt(e.target.value, 10))}
                  >
                    {years.map((y) => (
                      <option key={y} value={y}>
                        {y}
                      </option>
                    ))}
                  </select>
                </>
              )}
              <button
                type="button"
                className="btn btn-primary"
                disabled={rows.length === 0 || agency.trim() === '' || busy !== null}
                onClick={() => void rollup()}
              >
                生成汇总报告
              </button>
            </fieldset>
            <div className="review-export">
              <button
                type="button"
                className="btn"
                disabled={busy !== null}
                onClick={() => void exportSheet('xlsx')}
              >
                导出审核表（Excel）
              </button>
              <button
                type="button"
                className="btn"
                disabled={busy !== null}
                onClick={() => void exportSheet('csv')}
              >
                导出 CSV
              </button>
            </div>
          </div>
        </>
      )}
      {open && <ReviewUnitModal row={open} onClose={() => setOpen(null)} />}
      {written && <WrittenFilesModal files={written} onClose={() => setWritten(null)} />}
      {confirmElement}
    </section>
  );
}
