// 重命名: change a report's 机关名称 and its list name (e.g. a copy's 副本) from 我的年报.
import { useState } from 'react';
import type { DraftSummary } from '../../shared/ipc/draft-channels';
import { errorMessage, getApi } from '../api';
import { Modal } from '../app/modal';

export function RenameModal(props: {
  readonly summary: DraftSummary;
  readonly onClose: () => void;
  readonly onDone: () => void;
}) {
  const [agency, setAgency] = useState(props.summary.agency);
  const [title, setTitle] = useState(props.summary.title ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    if (agency.trim() === '') return setProblem('请填写机关名称');
    try {
      await getApi()['drafts:rename']({ id: props.summary.id, agency: agency.trim(), title: title.trim() });
      props.onDone();
    } catch (err) {
      setProblem(errorMessage(err));
    }
  };
  return (
    <Modal
      title="重命名"
      onClose={props.onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            取消
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void save()}>
            保存
          </button>
        </>
      }
    >
      <label className="field">
        <span>机关名称</span>
        <input
          value={agency}
          maxLength={200}
          onChange={(e) => setAgency(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void save();
          }}
        />
      </label>
      <label className="field">
        <span>列表中的名称（可不填，不打印）</span>
        <input
          value={title}
          maxLength={100}
          placeholder="如 副本、送审稿"
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void save();
          }}
        />
      </label>
      {problem && <p className="error-text">{problem}</p>}
    </Modal>
  );
}
