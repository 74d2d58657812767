// One unit of the review, read-only: its facts, key figures, cells to check (需核对) and its 校验 list.
import { useEffect, useState } from 'react';
import { LEVEL_ORDER } from '../../shared/engine';
import type { ReviewedUnit, ReviewRow } from '../../shared/ipc/review-channels';
import { errorMessage, getApi } from '../api';
import { FORMAT_LABELS } from '../app/labels';
import { Modal } from '../app/modal';

const LEVEL_TEXT = { error: '错误', warning: '警告', info: '提示' } as const;

export function ReviewUnitModal(props: { readonly row: ReviewRow; readonly onClose: () => void }) {
  const { row, onClose } = props;
  const [unit, setUnit] = useState<ReviewedUnit | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const api = getApi();
    api['review:unit']({ source: row.source })
      .then((u) => live && setUnit(u))
      .catch((err: unknown) => live && setProblem(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [row.source]);
  // The table's row was reviewed with the other inputs (last year's report among them): its issues are the fuller list.
  const issues = [...row.issues].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  return (
    <Modal
      title={`${row.agency} ${row.year}年度（只读）`}
      onClose={onClose}
      wide
      actions={
        <button type="button" className="btn btn-primary" onClick={onClose}>
          关闭
        </button>
      }
    >
      <p className="muted">
        {FORMAT_LABELS[row.format]} · 成文日期 {row.signatureDate || '未填'} · 公开期限 {row.deadline} ·{' '}
        {row.file}
      </p>
      {problem && <p className="error-text">{problem}</p>}
      {unit && (
        <p data-testid="unit-figures">
          {row.keyFigures.map((f) => `${f.label} ${f.value === null ? '未填' : String(f.value)}`).join('，')}
          {unit.draft.signature.agency ? `。落款：${unit.draft.signature.agency}` : ''}
        </p>
      )}
      {row.unresolvedCells.length > 0 && (
        <>
          <h3>需核对的单元格（导入时未能确认）</h3>
          <ul className="plain-list">
            {row.unresolvedCells.map((u) => (
              <li key={u.cell}>
                {u.label}：{u.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <section aria-labelledby="unit-issues-title">
        <h3 id="unit-issues-title">校验</h3>
        {issues.length === 0 ? (
          <p className="issues-empty">✓ 没有发现问题</p>
        ) : (
          <ul className="issues-list review-issues" aria-label="校验结果">
            {issues.map((i, n) => (
              <li key={`${i.ruleId}-${n}`} className={`issue issue-${i.level}`}>
                <span className={`badge badge-${i.level === 'info' ? 'ok' : i.level}`}>
                  {LEVEL_TEXT[i.level]}
                </span>{' '}
                {i.message}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Modal>
  );
}
