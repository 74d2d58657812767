// Edit mode: the section nav, the current section (meta, text, or tables via the grid) and the 校验 panel.
import type { Draft } from '../../shared/draft/schema';
import type { Evaluation, Issue } from '../../shared/engine';
import type { ReportFormat } from '../../shared/formats';
import { TableSection } from '../editor/grid';
import { useState } from 'react';
import { IssuesPanel, IssuesStrip } from '../editor/issues-panel';
import { MetaEditor } from '../editor/meta-editor';
import { SectionNav } from '../editor/section-nav';
import { META_SECTION, sectionOfIssue } from '../editor/section-status';
import { TextSection } from '../editor/text-section';
import type { ReportDispatch } from '../state';

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
  const [issuesOpen, setIssuesOpen] = useState(true);
  const def = format.sections.find((s) => s.id === props.section);
  const sectionIssues = evaluation.issues.filter(
    (i) => (sectionOfIssue(format, i) ?? META_SECTION) === props.section && i.cells.length === 0,
  );
  const blanks = evaluation.blanks.filter((k) => !evaluation.linked[k]).length;
  return (
    <div className={issuesOpen ? 'edit-pane' : 'edit-pane issues-collapsed'}>
      <SectionNav
        format={format}
        issues={evaluation.issues}
        active={props.section}
        onSelect={props.onSection}
      />
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
        <IssuesPanel
          format={format}
          issues={evaluation.issues}
          blanks={blanks}
          onGo={props.onGo}
          onFillBlanks={() => dispatch({ type: 'fillBlanks' })}
          readOnly={props.readOnly}
          onCollapse={() => setIssuesOpen(false)}
        />
      ) : (
        <IssuesStrip
          errors={evaluation.issues.filter((i) => i.level === 'error').length}
          warnings={evaluation.issues.filter((i) => i.level === 'warning').length}
          onExpand={() => setIssuesOpen(true)}
        />
      )}
    </div>
  );
}
