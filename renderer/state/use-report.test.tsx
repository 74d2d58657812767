// Tests of the hooks: useReport dispatches into the reducer; useEvaluation evaluates once per draft object.
import { act, renderHook } from '@testing-library/react';
import { createDraft } from '../../shared/draft/create';
import { useEvaluation, useReport } from './use-report';

const draft = createDraft({ agency: '某某局', year: 2025, id: 'h1' });

it('useReport edits, undoes and redoes, and useEvaluation follows the draft', () => {
  const { result } = renderHook(() => {
    const report = useReport(draft);
    return { report, evaluation: useEvaluation(report.state.draft) };
  });
  const first = result.current.evaluation;
  expect(result.current.report.canUndo).toBe(false);
  act(() => result.current.report.dispatch({ type: 'setCell', key: 't3.new.natural', value: 2 }));
  expect(result.current.evaluation.values['t3.new.total']).toBe(2);
  expect(result.current.report.canUndo).toBe(true);
  act(() => result.current.report.dispatch({ type: 'undo' }));
  expect(result.current.evaluation).toBe(first);
  expect(result.current.report.canRedo).toBe(true);
  act(() => result.current.report.dispatch({ type: 'redo' }));
  expect(result.current.evaluation.values['t3.new.total']).toBe(2);
});
