// 审核与汇总, step 1: which reports — folders or files (typed in browser mode; the native dialogs in the desktop app,
// where review reads only what was picked) and 我的年报.
import { useEffect, useState } from 'react';
import type { DraftSummary } from '../../shared/ipc/draft-channels';
import { errorMessage, getApi, getShell } from '../api';

export interface ReviewSelection {
  readonly paths: readonly string[];
  readonly draftIds: readonly string[];
}

/** A full path on Windows (D:\…, \\server\…) or POSIX (/…); a relative path would depend on where the app runs. */
export function pathProblem(text: string): string | null {
  const t = text.trim();
  if (t === '') return '请填写文件或文件夹的路径';
  if (!/^(?:[A-Za-z]:[\\/]|\\\\|\/)/.test(t))
    return '请填写完整路径，例如 D:\\年报\\各单位 或 /home/user/年报';
  return null;
}

export function ReviewSources(props: {
  readonly selection: ReviewSelection;
  readonly onChange: (next: ReviewSelection) => void;
}) {
  const { selection, onChange } = props;
  const api = getApi();
  const shell = getShell();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<readonly DraftSummary[] | null>(null);
  useEffect(() => {
    let live = true;
    api['drafts:list']({})
      .then(
        (list) =>
          live && setDrafts([...list].sort((a, b) => b.year - a.year || a.agency.localeCompare(b.agency))),
      )
      .catch((err: unknown) => live && setProblem(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [api]);

  const addPath = (p: string) => {
    const why = pathProblem(p);
    setProblem(why);
    if (why) return;
    if (!selection.paths.includes(p.trim()))
      onChange({ ...selection, paths: [...selection.paths, p.trim()] });
    setTyped('');
  };
  const chooseFolder = async () => {
    if (!shell) return;
    const res = await shell['shell:choose-folder']({ purpose: 'review-sources' });
    if (!res.ok) setProblem(res.error.message);
    else if (res.value) addPath(res.value.path);
  };
  const chooseFile = async () => {
    if (!shell) return;
    const res = await shell['shell:choose-open-file']({ purpose: 'import' });
    if (!res.ok) setProblem(res.error.message);
    else if (res.value) addPath(res.value.path);
  };
  const toggle = (id: string, on: boolean) =>
    onChange({
      ...selection,
      draftIds: on ? [...selection.draftIds, id] : selection.draftIds.filter((x) => x !== id),
    });

  return (
    <div className="review-sources">
      <fieldset>
        <legend>各单位的报告文件（草稿文件或已发布的年报）</legend>
        <div className="review-path-row">
          {/* The desktop app reads only what the clerk picked in a dialog (docs/SECURITY.md): no typed paths there. */}
          {!shell && (
            <>
              <label htmlFor="review-path">文件或文件夹路径</label>
              <input
                id="review-path"
                type="text"
                value={typed}
                placeholder="例如 D:\年报\各单位"
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? 'review-path-problem' : undefined}
                onChange={(e) => setTyped(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') addPath(typed);
                }}
              />
              <button type="button" className="btn" onClick={() => addPath(typed)}>
                添加
              </button>
            </>
          )}
          {shell && (
            <>
              <button type="button" className="btn" onClick={() => void chooseFolder()}>
                选择文件夹…
              </button>
              <button type="button" className="btn" onClick={() => void chooseFile()}>
                选择文件…
              </button>
            </>
          )}
        </div>
        {problem && (
          <p id="review-path-problem" className="error-text" role="alert">
            {problem}
          </p>
        )}
        {selection.paths.length > 0 && (
          <ul className="review-paths" aria-label="已添加的路径">
            {selection.paths.map((p) => (
              <li key={p}>
                <span className="path">{p}</span>
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={`移除 ${p}`}
                  onClick={() => onChange({ ...selection, paths: selection.paths.filter((x) => x !== p) })}
                >
                  移除
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset>
        <legend>我的年报中的报告</legend>
        {drafts === null && <p className="muted">正在读取…</p>}
        {drafts?.length === 0 && <p className="muted">我的年报中还没有报告。</p>}
        {drafts && drafts.length > 0 && (
          <>
            <button
              type="button"
              className="btn btn-small"
              onClick={() =>
                onChange({
                  ...selection,
                  draftIds: selection.draftIds.length === drafts.length ? [] : drafts.map((d) => d.id),
                })
              }
            >
              {selection.draftIds.length === drafts.length ? '全不选' : '全选'}
            </button>
            <ul className="review-drafts">
              {drafts.map((d) => (
                <li key={d.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={selection.draftIds.includes(d.id)}
                      onChange={(e) => toggle(d.id, e.target.checked)}
                    />
                    {d.agency} {d.year}年度
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
      </fieldset>
    </div>
  );
}
