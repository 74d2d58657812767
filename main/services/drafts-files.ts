// Draft files outside the store: export (never overwriting unless told) and import of a file chosen by the clerk.
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { MAX_IMPORT_BASE64 } from '../../shared/ipc/draft-channels';
import type { Draft } from '../../shared/draft/schema';
import { toAppError, writeFileAtomic } from '../store/atomic-write';
import type { DraftStore } from '../store/draft-store';
import { errno } from '../store/fs-ops';
import { decodeDraftBytes } from '../store/store-context';

export const DRAFT_FILE_SUFFIX = '.nianbao.json';

/** `<机关><年度>年政府信息公开工作年度报告.nianbao.json`, with characters Windows forbids replaced. */
export function exportFileName(draft: Pick<Draft, 'agency' | 'year'>): string {
  const agency =
    draft.agency
      // eslint-disable-next-line no-control-regex
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
      .replace(/^[\s.]+|[\s.]+$/g, '')
      .slice(0, 80) || '未命名机关';
  return `${agency}${draft.year}年政府信息公开工作年度报告${DRAFT_FILE_SUFFIX}`;
}

export async function exportDraftFile(
  store: DraftStore,
  request: { id: string; targetPath?: string | undefined; overwrite?: boolean | undefined },
  exportDir: string,
): Promise<{ path: string }> {
  const { loaded, bytes } = await store.readFileBytes(request.id);
  const target = request.targetPath ?? path.join(exportDir, exportFileName(loaded.draft));
  if (!path.isAbsolute(target)) throw new AppError('BAD_REQUEST', '导出位置须为完整路径。');
  if (!target.toLowerCase().endsWith('.json')) {
    throw new AppError('BAD_REQUEST', '草稿文件的文件名须以 .json 结尾。');
  }
  const { fs, retry } = store.ctx;
  try {
    await fs.mkdirp(path.dirname(target));
    await writeFileAtomic(fs, target, bytes, { retry, exclusive: request.overwrite !== true });
  } catch (err) {
    if (errno(err) === 'EEXIST') {
      throw new AppError(
        'EXISTS',
        `文件“${path.basename(target)}”已存在，未覆盖。如要替换它，请确认覆盖后重试。`,
      );
    }
    throw toAppError(err, '导出草稿文件', '草稿本身未受影响。');
  }
  return { path: target };
}

/** Decodes a chosen draft file (base64) into a draft that can be stored; refuses damaged or too-new files. */
export function decodeImportedFile(
  fileName: string,
  contentBase64: string,
): { draft: Draft; upgraded: boolean } {
  const name = fileName.trim() || '所选文件';
  const b64 = contentBase64.replace(/\s+/g, '');
  if (b64.length > MAX_IMPORT_BASE64 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 === 1) {
    throw new AppError('BAD_REQUEST', `无法导入“${name}”：文件内容传输不完整，请重新选择文件。`);
  }
  const bytes = new Uint8Array(Buffer.from(b64, 'base64'));
  if (bytes.length === 0) throw new AppError('BAD_REQUEST', `无法导入“${name}”：文件是空的。`);
  const result = decodeDraftBytes(bytes);
  if (!result.ok) throw new AppError('BAD_REQUEST', `无法导入“${name}”：${result.message}`);
  if (result.readOnly) {
    throw new AppError('UNSUPPORTED', `无法导入“${name}”：该草稿由更新版本的年报助手保存，请升级后再导入。`);
  }
  return { draft: result.draft, upgraded: result.migratedFrom !== null };
}
