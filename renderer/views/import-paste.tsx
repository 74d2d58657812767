// 导入 → 粘贴文本: a report copied from a web page, Word or WPS goes through the same import as a file.
import { useState } from 'react';
import { toBase64, type PickedFile } from '../app/file-picker';
import { Modal } from '../app/modal';

/** Name under which pasted text is imported (shown in the import report). */
export const PASTED_NAME = '粘贴的文本.txt';

/** UTF-8 bytes of a string (no TextEncoder needed). */
function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** The pasted text as an import file (UTF-8 text). */
export function pastedFile(text: string): PickedFile {
  return { name: PASTED_NAME, base64: toBase64(utf8(text)) };
}

export function PasteImportModal(props: {
  readonly onClose: () => void;
  readonly onImport: (file: PickedFile) => void;
  readonly busy: boolean;
}) {
  const [text, setText] = useState('');
  const empty = text.trim() === '';
  return (
    <Modal
      title="粘贴文本导入"
      wide
      onClose={props.onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            取消
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={empty || props.busy}
            onClick={() => props.onImport(pastedFile(text))}
          >
            导入
          </button>
        </>
      }
    >
      <label className="field">
        <span>在网页、Word 或 WPS 中全选并复制已发布的年报，粘贴到下面（表格一并复制）</span>
        <textarea
          className="paste-textarea"
          rows={14}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label="粘贴的年报全文"
        />
      </label>
    </Modal>
  );
}
