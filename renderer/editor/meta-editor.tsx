// 机关名称 / 成文日期 / 前言 and the contact block, edited through the report reducer.
import { agencyPatch } from '../../shared/draft/meta';
import type { Draft } from '../../shared/draft/schema';
import type { Issue } from '../../shared/engine';
import type { ReportDispatch } from '../state';
import { DateField } from './date-field';

export function MetaEditor(props: {
  readonly draft: Draft;
  readonly issues: readonly Issue[];
  readonly dispatch: ReportDispatch;
  readonly readOnly: boolean;
}) {
  const { draft, dispatch, readOnly } = props;
  const setAgency = (agency: string) => dispatch({ type: 'setMeta', patch: agencyPatch(draft, agency) });
  const contact = (field: keyof Draft['contact'], label: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        value={draft.contact[field]}
        readOnly={readOnly}
        maxLength={200}
        onChange={(e) => dispatch({ type: 'setMeta', patch: { contact: { [field]: e.target.value } } })}
      />
    </label>
  );
  return (
    <section className="meta-editor" aria-labelledby="h-meta">
      <h2 id="h-meta">机关名称、成文日期、前言</h2>
      {props.issues.map((issue, i) => (
        <p key={i} className={`inline-issue inline-issue-${issue.level}`}>
          {issue.message}
        </p>
      ))}
      <div className="form-grid">
        <label className="field">
          <span>机关名称</span>
          <input
            value={draft.agency}
            readOnly={readOnly}
            maxLength={200}
            onChange={(e) => setAgency(e.target.value)}
          />
        </label>
        <label className="field">
          <span>落款机关</span>
          <input
            id="meta-agency"
            value={draft.signature.agency}
            readOnly={readOnly}
            maxLength={200}
            onChange={(e) => dispatch({ type: 'setMeta', patch: { signature: { agency: e.target.value } } })}
          />
        </label>
        <DateField
          id="meta-date"
          label="成文日期"
          value={draft.signature.date}
          readOnly={readOnly}
          onChange={(date) => dispatch({ type: 'setMeta', patch: { signature: { date } } })}
        />
      </div>
      <label className="field">
        <span>前言</span>
        <textarea
          id="meta-preamble"
          className="preamble-textarea"
          value={draft.preamble}
          readOnly={readOnly}
          onChange={(e) => dispatch({ type: 'setMeta', patch: { preamble: e.target.value } })}
        />
      </label>
      <fieldset className="fieldset">
        <legend>联系方式</legend>
        <div className="form-grid">
          {contact('address', '地址')}
          {contact('postcode', '邮编')}
          {contact('phone', '电话')}
          {contact('email', '电子邮箱')}
        </div>
      </fieldset>
    </section>
  );
}
