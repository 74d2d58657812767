// 新建年度报告: 机关名称 (remembered), 年度, format from the year, and optional carry-over from last year's report.
import { useEffect, useMemo, useState } from 'react';
import { carryOver } from '../../shared/draft/create';
import type { Draft } from '../../shared/draft/schema';
import { formatForYear } from '../../shared/formats';
import type { DraftSummary } from '../../shared/ipc/draft-channels';
import type { ImportReport } from '../../shared/import/types';
import { errorMessage, getApi } from '../api';
import { fileFields, pickFile } from '../app/file-picker';
import { FORMAT_LABELS } from '../app/labels';
import { useNotify } from '../app/notices';
import type { Route } from '../app/router';
import { CarrySummary } from './carry-summary';
import { ImportReportSummary } from './import-report-summary';

type Source = 'none' | 'saved' | 'file';

interface Previous {
  readonly draft: Draft;
  readonly label: string;
  readonly report: ImportReport | null;
}

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: thisYear + 1 - 2008 + 1 }, (_, i) => thisYear + 1 - i);

export function NewReportWizard({ go }: { readonly go: (r: Route) => void }) {
  const api = getApi();
  const notify = useNotify();
  const [agency, setAgency] = useState('');
  const [year, setYear] = useState(thisYear - 1);
  const [source, setSource] = useState<Source>('none');
  const [drafts, setDrafts] = useState<readonly DraftSummary[]>([]);
  const [savedId, setSavedId] = useState('');
  const [saved, setSaved] = useState<{ id: string; previous: Previous } | null>(null);
  const [fromFile, setFromFile] = useState<Previous | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The settings and the saved reports are read: only then is the form shown, so that typing never races them. */
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([api['settings:get']({}), api['drafts:list']({})])
      .then(([settings, list]) => {
        if (!live) return;
        setAgency((a) => a || settings.defaultAgency);
        setDrafts(list);
        setReady(true);
      })
      .catch((err: unknown) => {
        if (!live) return;
        setProblem(errorMessage(err));
        setReady(true);
      });
    return () => {
      live = false;
    };
  }, [api]);

  // Offer last year's report of the same agency first.
  const candidates = useMemo(
    () =>
      [...drafts]
        .filter((d) => d.year < year)
        .sort((a, b) => Number(b.agency === agency) - Number(a.agency === agency) || b.year - a.year),
    [drafts, year, agency],
  );

  const carryId = candidates.some((d) => d.id === savedId) ? savedId : (candidates[0]?.id ?? '');

  useEffect(() => {
    if (source !== 'saved' || !carryId) return;
    let live = true;
    api['drafts:open']({ id: carryId })
      .then(
        (opened) =>
          live &&
          (setSaved({ id: carryId, previous: { draft: opened.draft, label: '已保存的年报', report: null } }),
          // 机关名称 from the chosen prior-year report unless the clerk has typed one.
          setAgency((a) => (a.trim() ? a : opened.draft.agency))),
      )
      .catch((err: unknown) => live && setProblem(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [api, source, carryId]);

  const previous =
    source === 'saved'
      ? saved?.id === carryId
        ? saved.previous
        : null
      : source === 'file'
        ? fromFile
        : null;

  const format = formatForYear(year);
  const trimmed = agency.trim();
  const carried =
    previous && source !== 'none'
      ? carryOver(previous.draft, { year, agency: trimmed, source: previous.label })
      : null;

  const chooseFile = async () => {
    setProblem(null);
    try {
      const file = await pickFile('import');
      if (!file) return;
      setBusy(true);
      const imported = await api['import:file']({ ...fileFields(file), asPrevious: true });
      setFromFile({ draft: imported.draft, label: file.name, report: imported.report });
      if (!trimmed) setAgency(imported.draft.agency);
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const create = async () => {
    setProblem(null);
    if (!trimmed) return setProblem('请填写机关名称');
    if (source !== 'none' && !carried) return setProblem('请先选择上一年度的报告，或选择“不结转”');
    setBusy(true);
    try {
      const opened =
        source === 'saved'
          ? await api['drafts:create']({ agency: trimmed, year, carryFromId: carryId })
          : source === 'file' && carried
            ? await api['drafts:createFrom']({ draft: carried })
            : await api['drafts:create']({ agency: trimmed, year });
      await api['settings:set']({ defaultAgency: trimmed }).catch(() => undefined);
      notify(`已创建 ${trimmed} ${year}年度报告`, 'success');
      go({ name: 'edit', id: opened.draft.id });
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  if (!ready) {
    return (
      <section className="page page-narrow" aria-labelledby="wizard-title">
        <h1 id="wizard-title">新建年度报告</h1>
        <p className="muted">正在读取…</p>
      </section>
    );
  }

  return (
    <section className="page page-narrow" aria-labelledby="wizard-title">
      <h1 id="wizard-title">新建年度报告</h1>
      <div className="form-grid">
        <label className="field">
          <span>机关名称</span>
          <input
            value={agency}
            maxLength={200}
            placeholder="如：某某区人民政府某某街道办事处"
            onChange={(e) => setAgency(e.target.value)}
          />
        </label>
        <label className="field">
          <span>年度</span>
          <select
            value={year}
            onChange={(e) => setYear(YEARS.find((y) => String(y) === e.target.value) ?? year)}
          >
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y} 年度
              </option>
            ))}
          </select>
        </label>
        <div className="field">
          <span>格式</span>
          <output data-testid="wizard-format">{FORMAT_LABELS[format.id]}</output>
        </div>
      </div>

      <fieldset className="fieldset">
        <legend>从上一年度结转</legend>
        <label className="radio">
          <input type="radio" name="source" checked={source === 'none'} onChange={() => setSource('none')} />
          不结转（空白报告）
        </label>
        <label className="radio">
          <input
            type="radio"
            name="source"
            checked={source === 'saved'}
            onChange={() => setSource('saved')}
            disabled={candidates.length === 0}
          />
          从已保存的年报结转{candidates.length === 0 ? '（没有更早年度的年报）' : ''}
        </label>
        {source === 'saved' && (
          <label className="field field-indent">
            <span>上一年度报告</span>
            <select
              value={carryId}
              onChange={(e) => {
                setSavedId(e.target.value);
                const chosen = drafts.find((d) => d.id === e.target.value);
                if (chosen?.agency) setAgency(chosen.agency);
              }}
            >
              {candidates.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.agency} {d.year}年度
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="radio">
          <input type="radio" name="source" checked={source === 'file'} onChange={() => setSource('file')} />
          导入上年报告（草稿文件、Word、网页、PDF 或文本）
        </label>
        {source === 'file' && (
          <div className="field-indent">
            <button type="button" className="btn" onClick={() => void chooseFile()} disabled={busy}>
              选择文件…
            </button>
            {previous?.report && <ImportReportSummary report={previous.report} />}
          </div>
        )}
      </fieldset>

      {carried && previous && (
        <CarrySummary prev={previous.draft} draft={carried} sourceLabel={previous.label} />
      )}
      {previous && Object.keys(previous.draft.unresolved ?? {}).length > 0 && (
        <p className="badge-warning" role="note">
          上一年度报告有 {Object.keys(previous.draft.unresolved ?? {}).length}{' '}
          个需核对的数字，由它们结转或合计的数字将留空，请先在上年报告中核对。
        </p>
      )}
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      <div className="page-actions">
        <button type="button" className="btn" onClick={() => go({ name: 'list' })}>
          取消
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void create()} disabled={busy}>
          创建
        </button>
      </div>
    </section>
  );
}
