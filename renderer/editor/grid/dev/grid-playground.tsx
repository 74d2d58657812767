// A component page for the table editor alone: one report's table sections with undo/redo, used by e2e and bench.
import { useState } from 'react';
import type { Draft } from '../../../../shared/draft/schema';
import { formatOf, useEvaluation, useReport } from '../../../state';
import { TableSection } from '../table-section';

export interface GridPlaygroundProps {
  readonly draft: Draft;
  /** Section shown first (s3 = 表三). */
  readonly sectionId?: string;
  readonly readOnly?: boolean;
}

export function GridPlayground({ draft: initial, sectionId = 's3', readOnly = false }: GridPlaygroundProps) {
  const { state, dispatch, canUndo, canRedo } = useReport(initial);
  const evaluation = useEvaluation(state.draft);
  const format = formatOf(state.draft);
  const [section, setSection] = useState(sectionId);
  const tableSections = format.sections.filter((s) => s.kind === 'tables');
  const counts = { error: 0, warning: 0 };
  for (const i of evaluation.issues) if (i.level === 'error' || i.level === 'warning') counts[i.level]++;
  return (
    <main className="grid-playground">
      <nav aria-label="表格">
        {tableSections.map((s) => (
          <button key={s.id} type="button" aria-pressed={s.id === section} onClick={() => setSection(s.id)}>
            {s.heading}
          </button>
        ))}
        <button type="button" disabled={!canUndo} onClick={() => dispatch({ type: 'undo' })}>
          撤销
        </button>
        <button type="button" disabled={!canRedo} onClick={() => dispatch({ type: 'redo' })}>
          重做
        </button>
        <button type="button" onClick={() => dispatch({ type: 'fillBlanks', value: 0 })}>
          空白填 0
        </button>
      </nav>
      <p data-testid="issue-count" role="status">
        错误 {counts.error} 项，提醒 {counts.warning} 项
      </p>
      <h2>{format.sections.find((s) => s.id === section)?.heading}</h2>
      <TableSection
        format={format}
        sectionId={section}
        draft={state.draft}
        evaluation={evaluation}
        dispatch={dispatch}
        readOnly={readOnly}
      />
    </main>
  );
}
