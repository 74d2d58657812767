// 导出: choose Word / PDF / 网页 and the folder; errors or 需核对 figures ask first and are listed; an existing file asks
// to overwrite.
import { useEffect, useState } from 'react';
import type { Draft } from '../../shared/draft/schema';
import type { Issue } from '../../shared/engine';
import { ApiError, errorMessage, getApi, isDesktop } from '../api';
import { Modal } from '../app/modal';
import { chooseFolder, ExportFolderEditor, saveExportFolder } from './export-folder';
import { WrittenFilesModal, type WrittenFile } from './written-files';

export type ExportKind = 'docx' | 'pdf' | 'html';

const KINDS: readonly { kind: ExportKind; label: string }[] = [
  { kind: 'docx', label: 'Word 文档（.docx）' },
  { kind: 'pdf', label: 'PDF 文件（.pdf）' },
  { kind: 'html', label: '网页（.html，用于网站发布）' },
];
const KIND_LABEL: Readonly<Record<string, string>> = { docx: 'Word 文档', pdf: 'PDF 文件', html: '网页' };

type Step = 'choose' | 'errors' | 'exists' | 'working';

export function ExportDialog(props: {
  readonly draft: Draft;
  /** A read-only report is exported as shown (it cannot be saved first). */
  readonly readOnly: boolean;
  readonly errors: readonly Issue[];
  /** Saves pending edits first: the export reads the saved report. */
  readonly flush: () => Promise<boolean>;
  readonly onClose: () => void;
}) {
  const [kinds, setKinds] = useState<readonly ExportKind[]>(['docx', 'pdf']);
  const [step, setStep] = useState<Step>('choose');
  const [problem, setProblem] = useState<string | null>(null);
  const [written, setWritten] = useState<readonly WrittenFile[] | null>(null);
  const [folder, setFolder] = useState<string | null>(null);
  const [editingFolder, setEditingFolder] = useState(false);

  useEffect(() => {
    let live = true;
    const api = getApi();
    api['settings:get']({})
      .then((s) => live && setFolder(s.exportDir))
      .catch((err: unknown) => live && setProblem(errorMessage(err)));
    return () => {
      live = false;
    };
  }, []);

  const changeFolder = async () => {
    setProblem(null);
    if (!isDesktop()) return setEditingFolder(true);
    try {
      const dir = await chooseFolder(folder ?? '');
      if (!dir) return;
      const r = await saveExportFolder({ exportDir: dir }, true);
      if (r.kind === 'saved') setFolder(r.settings.exportDir);
      else setProblem(r.message);
    } catch (err) {
      setProblem(errorMessage(err));
    }
  };
  /** 需核对 figures left from an import: printed blank until the clerk reads them. */
  const review = Object.keys(props.draft.unresolved ?? {}).length;

  const run = async (overwrite: boolean) => {
    setStep('working');
    setProblem(null);
    try {
      if (!props.readOnly && !(await props.flush())) {
        throw new ApiError('IO', '当前修改尚未保存，无法导出。请先解决保存问题。');
      }
      const source = props.readOnly ? { draft: props.draft } : { draftId: props.draft.id };
      const files = await getApi()['export:run']({ ...source, kinds: [...kinds], overwrite });
      setWritten(
        files.map((f) => ({ label: KIND_LABEL[f.kind] ?? f.kind, path: f.path, warnings: f.warnings })),
      );
    } catch (err) {
      if (err instanceof ApiError && err.code === 'EXISTS') {
        setProblem(err.message);
        setStep('exists');
        return;
      }
      setProblem(errorMessage(err));
      setStep('choose');
    }
  };

  const start = () => {
    if (kinds.length === 0) return setProblem('请至少选择一种格式');
    if (props.errors.length > 0 || review > 0) return setStep('errors');
    void run(false);
  };

  if (written) return <WrittenFilesModal files={written} onClose={props.onClose} />;

  const toggle = (k: ExportKind) =>
    setKinds((list) => (list.includes(k) ? list.filter((x) => x !== k) : [...list, k]));
  const cancel = (
    <button type="button" className="btn" onClick={props.onClose}>
      取消
    </button>
  );
  if (step === 'errors') {
    return (
      <Modal
        title={props.errors.length > 0 ? '报告还有错误' : '报告还有需核对的数字'}
        wide
        onClose={props.onClose}
        actions={
          <>
            {cancel}
            <button type="button" className="btn btn-danger" onClick={() => void run(false)}>
              仍然导出
            </button>
          </>
        }
      >
        {review > 0 && (
          <p>
            还有 {review} 个导入时未能确定的数字（表格中标“核”的格子）尚未核对，导出的报告中这些格子为空。
          </p>
        )}
        {props.errors.length > 0 && (
          <>
            <p>以下 {props.errors.length} 个错误尚未改正，导出的报告会带着这些错误：</p>
            <ul className="plain-list error-list">
              {props.errors.map((e, i) => (
                <li key={i}>
                  {e.ruleId}：{e.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </Modal>
    );
  }
  if (step === 'exists') {
    return (
      <Modal
        title="文件已存在"
        onClose={props.onClose}
        actions={
          <>
            {cancel}
            <button type="button" className="btn btn-danger" onClick={() => void run(true)}>
              覆盖
            </button>
          </>
        }
      >
        <p>{problem}</p>
        <p>要覆盖已有的文件吗？</p>
      </Modal>
    );
  }
  return (
    <Modal
      title="导出"
      onClose={props.onClose}
      actions={
        <>
          {cancel}
          <button type="button" className="btn btn-primary" onClick={start} disabled={step === 'working'}>
            {step === 'working' ? '正在导出…' : '导出'}
          </button>
        </>
      }
    >
      <fieldset className="fieldset">
        <legend>格式</legend>
        {KINDS.map((k) => (
          <label key={k.kind} className="radio">
            <input type="checkbox" checked={kinds.includes(k.kind)} onChange={() => toggle(k.kind)} />
            {k.label}
          </label>
        ))}
      </fieldset>
      {editingFolder && folder !== null ? (
        <ExportFolderEditor
          current={folder}
          onCancel={() => setEditingFolder(false)}
          onChanged={(s) => {
            setFolder(s.exportDir);
            setEditingFolder(false);
          }}
        />
      ) : (
        <div className="folder-line">
          <span>保存到</span>
          <span className="path" data-testid="export-folder">
            {folder ?? '…'}
          </span>
          <button type="button" className="btn btn-small" onClick={() => void changeFolder()}>
            {isDesktop() ? '选择文件夹…' : '更改…'}
          </button>
        </div>
      )}
      <p className="muted">
        {isDesktop()
          ? '文件夹不存在时会自动创建；同名文件已存在时会先询问。'
          : '文件写入上面的文件夹（不存在时自动创建），导出后可在浏览器中下载。'}
      </p>
      {problem && <p className="error-text">{problem}</p>}
    </Modal>
  );
}
