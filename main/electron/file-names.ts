// Default file names for the save dialog (机关名称 + 年度 + 标题) and the extension fix-up of a chosen path.
import { SAVE_EXTENSIONS, type SaveKind } from '../../shared/ipc/shell-channels';

const TITLE = '政府信息公开工作年度报告';

/** Removes what Windows forbids in file names (and control characters), trailing dots and spaces. */
export function safeFileStem(text: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = text.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '').trim();
  return cleaned.replace(/[. ]+$/u, '').slice(0, 120);
}

/** e.g. 蔡家岗街道办事处2025年政府信息公开工作年度报告.pdf; the draft file adds （草稿）. */
export function defaultFileName(kind: SaveKind, agency: string, year: number): string {
  const stem = `${safeFileStem(agency)}${year}年${TITLE}${kind === 'draft' ? '（草稿）' : ''}`;
  return `${stem}.${SAVE_EXTENSIONS[kind]}`;
}

/** Appends the kind's extension when the clerk typed a name without it (GTK dialogs do not add it). */
export function withExtension(filePath: string, kind: SaveKind): string {
  const ext = SAVE_EXTENSIONS[kind];
  const last = ext.split('.').pop() ?? ext;
  return filePath.toLowerCase().endsWith(`.${last}`) ? filePath : `${filePath}.${ext}`;
}

export const SAVE_FILTERS: Readonly<Record<SaveKind, { name: string; extensions: string[] }>> = {
  pdf: { name: 'PDF 文件', extensions: ['pdf'] },
  docx: { name: 'Word 文档', extensions: ['docx'] },
  html: { name: '网页文件', extensions: ['html'] },
  draft: { name: '年报助手草稿文件', extensions: ['json'] },
};

export const OPEN_FILTERS = {
  draft: [{ name: '年报助手草稿文件', extensions: ['json'] }],
  import: [
    {
      name: '年报文件（Word、网页、PDF、文本、草稿）',
      extensions: ['docx', 'html', 'htm', 'mht', 'mhtml', 'pdf', 'txt', 'json'],
    },
    { name: '所有文件', extensions: ['*'] },
  ],
} as const;
