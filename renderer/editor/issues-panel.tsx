// The 校验 panel: every issue (errors first), each a link to its cell or paragraph, and 空白填 0.
import { useState } from 'react';
import { LEVEL_ORDER, type Issue } from '../../shared/engine';
import type { ReportFormat } from '../../shared/formats';
import { sectionOfIssue } from './section-status';

const LEVEL_TEXT = { error: '错误', warning: '警告', info: '提示' } as const;

export function IssuesPanel(props: {
  readonly format: ReportFormat;
  readonly issues: readonly Issue[];
  readonly blanks: number;
  readonly onGo: (issue: Issue, sectionId: string | null) => void;
  readonly onFillBlanks: () => void;
  readonly readOnly: boolean;
}) {
  const [showInfo, setShowInfo] = useState(false);
  const sorted = [...props.issues].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  const visible = showInfo ? sorted : sorted.filter((i) => i.level !== 'info');
  const errors = sorted.filter((i) => i.level === 'error').length;
  const warnings = sorted.filter((i) => i.level === 'warning').length;
  const infos = sorted.length - errors - warnings;
  return (
    <aside className="issues-panel" aria-labelledby="issues-title">
      <div className="issues-head">
        <h2 id="issues-title">校验</h2>
        <span className="muted" data-testid="issue-counts">
          错误 {errors} · 警告 {warnings}
        </span>
      </div>
      {props.blanks > 0 && (
        <div className="issues-fill">
          <span>{props.blanks} 个单元格未填写</span>
          <button
            type="button"
            className="btn btn-small"
            onClick={props.onFillBlanks}
            disabled={props.readOnly}
          >
            空白填 0
          </button>
        </div>
      )}
      {visible.length === 0 ? (
        <p className="issues-empty">✓ 没有发现问题</p>
      ) : (
        <ul className="issues-list">
          {visible.map((issue, i) => {
            const section = sectionOfIssue(props.format, issue);
            return (
              <li key={`${issue.ruleId}-${i}`} className={`issue issue-${issue.level}`}>
                <button type="button" className="issue-link" onClick={() => props.onGo(issue, section)}>
                  <span className={`badge badge-${issue.level === 'info' ? 'ok' : issue.level}`}>
                    {LEVEL_TEXT[issue.level]}
                  </span>
                  <span className="issue-rule">{issue.ruleId}</span>
                  <span className="issue-message">{issue.message}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {infos > 0 && (
        <button type="button" className="btn btn-link" onClick={() => setShowInfo((v) => !v)}>
          {showInfo ? '隐藏提示' : `显示提示（${infos}）`}
        </button>
      )}
    </aside>
  );
}
