// A text section: paragraphs (one per line), canonical sub-headings offered, last year's text alongside, its issues.
import { useState } from 'react';
import type { Draft } from '../../shared/draft/schema';
import { paragraphs } from '../../shared/draft/text';
import type { Issue } from '../../shared/engine';
import type { SectionDef } from '../../shared/formats';
import type { ReportDispatch } from '../state';
import { insertSubHeading, missingSubHeadings } from './sub-headings';

export function TextSection(props: {
  readonly section: SectionDef;
  readonly draft: Draft;
  readonly issues: readonly Issue[];
  readonly dispatch: ReportDispatch;
  readonly readOnly: boolean;
  readonly problemsSection: boolean;
}) {
  const { section, draft, dispatch } = props;
  const [showPrevious, setShowPrevious] = useState(true);
  const text = draft.texts[section.id] ?? '';
  const previousText = draft.previous?.texts[section.id] ?? '';
  const canonical = section.subHeadings ?? [];
  const missing = missingSubHeadings(text, canonical);
  const setText = (value: string) => dispatch({ type: 'setText', sectionId: section.id, text: value });
  const count = paragraphs(text).join('').length;
  return (
    <section className="text-section" aria-labelledby={`h-${section.id}`}>
      <div className="section-head">
        <h2 id={`h-${section.id}`}>{section.heading}</h2>
        {previousText && (
          <button type="button" className="btn btn-small" onClick={() => setShowPrevious((v) => !v)}>
            {showPrevious ? '隐藏上年正文' : '显示上年正文'}
          </button>
        )}
      </div>
      {section.hint && <p className="hint">{section.hint}</p>}
      {props.issues.map((issue, i) => (
        <p key={`${issue.ruleId}-${i}`} className={`inline-issue inline-issue-${issue.level}`} role="note">
          {issue.level === 'error' ? '错误' : issue.level === 'warning' ? '警告' : '提示'}：{issue.message}
        </p>
      ))}
      <div className={showPrevious && previousText ? 'text-columns' : 'text-columns single'}>
        <div className="text-editor">
          {missing.length > 0 && (
            <div className="subheading-offers">
              <span className="muted">插入小标题：</span>
              {missing.map((h) => (
                <button
                  key={h}
                  type="button"
                  className="btn btn-small"
                  disabled={props.readOnly}
                  onClick={() => setText(insertSubHeading(text, h, canonical))}
                >
                  {h}
                </button>
              ))}
            </div>
          )}
          <textarea
            id={`text-${section.id}`}
            className="section-textarea"
            aria-label={`${section.heading}正文`}
            value={text}
            readOnly={props.readOnly}
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
          />
          <p className="muted small">每行为一段；小标题单独占一行。共 {count} 字。</p>
          {props.problemsSection && draft.checklist.length > 0 && (
            <fieldset className="checklist">
              <legend>上一年度问题的整改情况（逐条核对）</legend>
              {draft.checklist.map((item, index) => (
                <label key={index} className="checklist-item">
                  <input
                    type="checkbox"
                    checked={item.done}
                    disabled={props.readOnly}
                    onChange={() => dispatch({ type: 'toggleChecklist', index })}
                  />
                  <span>{item.text}</span>
                </label>
              ))}
            </fieldset>
          )}
        </div>
        {showPrevious && previousText && (
          <aside className="previous-text" aria-label="上年正文（仅供参考）">
            <h3>{draft.previous?.year}年度正文（仅供参考，请勿照抄）</h3>
            {paragraphs(previousText).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </aside>
        )}
      </div>
    </section>
  );
}
