// Edit mode: the section nav, the current section (meta, text, or tables via the grid) and the 校验 panel.
import type { Draft } from '../../shared/draft/schema';
import type { Evaluation, Issue } from '../../shared/engine';
import type { ReportFormat } from '../../shared/formats';
import { TableSection } from '../editor/grid';
import { memo, useCallback, useDeferredValue, useState } from 'react';
import { IssuesPanel, IssuesStrip } from '../editor/issues-panel';
import { MetaEditor } from '../editor/meta-editor';
import { SectionNav } from '../editor/section-nav';
import { META_SECTION, sectionOfIssue } from '../editor/section-status';
import { TextSection } from '../editor/text-section';
import type { ReportDispatch } from '../state';

const Nav = memo(SectionNav);
const Issues = memo(IssuesPanel);

export function EditPane(props: {
  readonly format: ReportFormat;
  readonly draft: Draft;
  readonly evaluation: Evaluation;
  readonly dispatch: ReportDispatch;
  readonly section: string;
  readonly onSection: (id: string) => void;
  readonly onGo: (issue: Issue, sectionId: string | null) => void;
  readonly readOnly: boolean;
}) {
  const { format, draft, evaluation, dispatch } = props;
  // The grid repaints from the live evaluation at once; the nav badges and the 校验 list follow one render later, so
  // typing a figure paints its totals and marks without waiting for the side panels (bench/ui-grid).
  const deferred = useDeferredValue(evaluation);
  const [issuesOpen, setIssuesOpen] = useState(true);
  const fillBlanks = useCallback(() => dispatch({ type: 'fillBlanks' }), [dispatch]);
  const collapse = useCallback(() => setIssuesOpen(false), []);
  const expand = useCallback(() => setIssuesOpen(true), []);
  const def = format.sections.find((s) => s.id === props.section);
  const sectionIssues = evaluation.issues.filter(
    (i) => (sectionOfIssue(format, i) ?? META_SECTION) === props.section && i.cells.length === 0,
  );
  // 需核对 cells are not offered to 空白填 0 (they are published figures not yet read).
  const blanks = deferred.blanks.filter((k) => !deferred.linked[k] && !draft.unresolved?.[k]).length;
  return (
    <div className={issuesOpen ? 'edit-pane' : 'edit-pane issues-collapsed'}>
      <Nav format={format} issues={deferred.issues} active={props.section} onSelect={props.onSection} />
      <div className="section-body">
        {!def && (
          <MetaEditor draft={draft} issues={sectionIssues} dispatch={dispatch} readOnly={props.readOnly} />
        )}
        {def?.kind === 'text' && (
          <TextSection
            key={def.id}
            section={def}
            draft={draft}
            issues={sectionIssues}
            dispatch={dispatch}
            readOnly={props.readOnly}
            problemsSection={def.id === format.problemsSectionId}
          />
        )}
        {def?.kind === 'tables' && (
          <section className="table-section-host" aria-labelledby={`h-${def.id}`}>
            <h2 id={`h-${def.id}`}>{def.heading}</h2>
            {def.hint && <p className="hint">{def.hint}</p>}
            <TableSection
              format={format}
              sectionId={def.id}
              draft={draft}
              evaluation={evaluation}
              dispatch={dispatch}
              readOnly={props.readOnly}
            />
          </section>
        )}
      </div>
      {issuesOpen ? (
        <Issues
          format={format}
          issues={deferred.issues}
          blanks={blanks}
          onGo={props.onGo}
          onFillBlanks={fillBlanks}
          readOnly={props.readOnly}
          onCollapse={collapse}
        />
      ) : (
        <IssuesStrip
          errors={deferred.issues.filter((i) => i.level === 'error').length}
          warnings={deferred.issues.filter((i) => i.level === 'warning').length}
          onExpand={expand}
        />
      )}
    </div>
  );
}
