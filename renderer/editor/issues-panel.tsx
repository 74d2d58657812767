// The 校验 panel: every issue (errors first), each a link naming and reaching its cell or paragraph, and 空白填 0.
import { useState } from 'react';
import { LEVEL_ORDER, type Issue } from '../../shared/engine';
import { cellLabel, type ReportFormat } from '../../shared/formats';
import { META_SECTION, sectionOfIssue } from './section-status';

const FIELD_TEXT = { preamble: '前言', date: '成文日期', agency: '落款机关' } as const;

/** Where the link of an issue leads, in words: the cell, the paragraph or the header field. */
export function issueTarget(format: ReportFormat, issue: Issue, section: string | null): string {
  const heading = format.sections.find((s) => s.id === section)?.heading;
  if (heading && issue.quote) return `${heading}：“${issue.quote}”`;
  const first = issue.cells[0];
  if (first) return issue.cells.length > 1 ? `${cellLabel(format, first)} 等` : cellLabel(format, first);
  if (issue.field) return FIELD_TEXT[issue.field];
  if (heading) return heading;
  return section === META_SECTION ? '机关名称、成文日期、前言' : '';
}

const LEVEL_TEXT = { error: '错误', warning: '警告', info: '提示' } as const;

export function IssuesPanel(props: {
  readonly format: ReportFormat;
  readonly issues: readonly Issue[];
  readonly blanks: number;
  readonly onGo: (issue: Issue, sectionId: string | null) => void;
  readonly onFillBlanks: () => void;
  readonly readOnly: boolean;
  /** Folds the panel to a narrow strip (more room for wide tables such as 表四). */
  readonly onCollapse?: () => void;
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
        {props.onCollapse && (
          <button type="button" className="btn btn-small" onClick={props.onCollapse}>
            收起
          </button>
        )}
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
            const target = issueTarget(props.format, issue, section);
            return (
              <li key={`${issue.ruleId}-${i}`} className={`issue issue-${issue.level}`}>
                <button type="button" className="issue-link" onClick={() => props.onGo(issue, section)}>
                  <span className={`badge badge-${issue.level === 'info' ? 'ok' : issue.level}`}>
                    {LEVEL_TEXT[issue.level]}
                  </span>
                  <span className="issue-rule">{issue.ruleId}</span>
                  <span className="issue-message">{issue.message}</span>
                  {target ? <span className="issue-target">→ {target}</span> : null}
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

/** The folded 校验 panel: a narrow strip with the counts that opens the panel again. */
export function IssuesStrip(props: {
  readonly errors: number;
  readonly warnings: number;
  readonly onExpand: () => void;
}) {
  return (
    <aside className="issues-strip" aria-label="校验（已收起）">
      <button type="button" className="issues-strip-button" onClick={props.onExpand}>
        <span className="issues-strip-label">展开校验</span>
        <span
          className={props.errors > 0 ? 'badge badge-error' : 'badge badge-ok'}
          title={`错误 ${props.errors}`}
        >
          错{props.errors}
        </span>
        <span
          className={props.warnings > 0 ? 'badge badge-warning' : 'badge badge-ok'}
          title={`警告 ${props.warnings}`}
        >
          警{props.warnings}
        </span>
      </button>
    </aside>
  );
}
