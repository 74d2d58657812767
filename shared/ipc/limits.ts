// The one size limit of a file the clerk hands the app (open dialog, file input, import, CLI), and its message.

/** Largest file accepted (bytes): a report or a draft file is far smaller; base64 of it fits one IPC request. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** 文件“x.pdf”过大（超过 5 MB），不像一份年度报告或草稿文件。 */
export function fileTooLarge(name?: string): string {
  const which = name ? `“${name}”` : '';
  return `文件${which}过大（超过 ${MAX_FILE_BYTES / 1024 / 1024} MB），不像一份年度报告或草稿文件。`;
}
