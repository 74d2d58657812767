// Asks for a new value and the reason when the clerk changes a figure carried over from last year's report.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ParseResult } from '../../../shared/engine/parse-cell';

export interface OverrideDialogProps {
  /** Accessible name of the cell ("表三 二、上年结转政府信息公开申请数量 自然人"). */
  readonly label: string;
  /** How the carried value was obtained (上年“结转下年度继续办理”(3)). */
  readonly explain: string;
  readonly initial: string;
  readonly parse: (raw: string) => ParseResult;
  readonly onSubmit: (value: number | null, reason: string) => void;
  readonly onCancel: () => void;
}

export function OverrideDialog(props: OverrideDialogProps) {
  const { onCancel } = props;
  const [raw, setRaw] = useState(props.initial);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const valueRef = useRef<HTMLInputElement>(null);
  const ids = useId();

  useEffect(() => {
    const input = valueRef.current;
    input?.focus();
    input?.setSelectionRange(input.value.length, input.value.length);
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = props.parse(raw);
    if (!parsed.ok) return setProblem(`数值无法读入：${parsed.reason}`);
    if (reason.trim() === '') return setProblem('请填写修改原因（例如：上年报告数据有误，已更正）');
    props.onSubmit(parsed.value, reason.trim());
  };

  return (
    <div className="grid-dialog-backdrop">
      <form
        className="grid-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${ids}-title`}
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      >
        <h2 id={`${ids}-title`}>修改上年结转的数值</h2>
        <p className="grid-dialog-cell">{props.label}</p>
        <p className="grid-dialog-explain">按上年报告结转：{props.explain}</p>
        <label htmlFor={`${ids}-value`}>新的数值</label>
        <input
          id={`${ids}-value`}
          ref={valueRef}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={raw}
          onChange={(e) => setRaw(e.target.value)}
        />
        <label htmlFor={`${ids}-reason`}>修改原因（必填，将随报告保存）</label>
        <input
          id={`${ids}-reason`}
          type="text"
          autoComplete="off"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {problem ? (
          <p className="grid-dialog-problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="grid-dialog-actions">
          <button type="button" className="btn" onClick={onCancel}>
            取消
          </button>
          <button type="submit" className="btn btn-primary">
            确定修改
          </button>
        </div>
      </form>
    </div>
  );
}
