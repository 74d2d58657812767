// 成文日期 entry that does not depend on the system locale: typed as 2026年1月20日 (or 2026-01-20), checked on leaving.
import { useId, useState } from 'react';
import { chineseDate, parseSignatureDate } from '../../shared/draft/meta';

export function DateField(props: {
  readonly label: string;
  /** The input's id (校验 links focus it). */
  readonly id?: string;
  /** YYYY-MM-DD or '' (not set). */
  readonly value: string;
  readonly readOnly: boolean;
  readonly onChange: (iso: string) => void;
}) {
  const { value, onChange } = props;
  const [text, setText] = useState(chineseDate(value));
  const [shown, setShown] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = useId();
  // The draft changed from elsewhere (undo, another field's edit): show its date.
  if (shown !== value) {
    setShown(value);
    setText(chineseDate(value));
    setProblem(null);
  }
  const commit = () => {
    const r = parseSignatureDate(text);
    if (!r.ok) return setProblem(r.reason);
    setProblem(null);
    setText(chineseDate(r.iso));
    if (r.iso !== value) onChange(r.iso);
  };
  return (
    <div className="date-field">
      <label className="field">
        <span>{props.label}</span>
        <input
          id={props.id}
          value={text}
          readOnly={props.readOnly}
          inputMode="text"
          placeholder="如 2026年1月20日"
          maxLength={20}
          aria-invalid={problem !== null}
          aria-describedby={problem ? errorId : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      </label>
      {problem && (
        <p id={errorId} className="error-text" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
