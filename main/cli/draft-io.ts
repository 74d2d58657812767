// Reading and writing draft files for the CLI: clear Chinese errors (exit 2), atomic writes, no silent overwrite.
import fs from 'node:fs';
import path from 'node:path';
import { parseDraftFile, serializeDraft } from '../../shared/draft/envelope';
import type { Draft } from '../../shared/draft/schema';
import { APP_VERSION } from '../version';
import { CliExit } from './exit';
import { errnoOf, fsReason } from '../fs-errno';

export interface LoadedDraft {
  readonly draft: Draft;
  readonly readOnly: boolean;
}

export function readDraft(file: string): LoadedDraft {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const why = fsReason(errnoOf(err)) ?? '无法读取';
    throw new CliExit(2, `${why}：${file}`);
  }
  const res = parseDraftFile(text);
  if (!res.ok) throw new CliExit(2, `${file}：${res.message}`);
  return { draft: res.draft, readOnly: res.readOnly };
}

export function readWritableDraft(file: string): Draft {
  const { draft, readOnly } = readDraft(file);
  if (readOnly) throw new CliExit(2, `${file}：该草稿由更新版本的年报助手保存，只能查看，不能修改`);
  return draft;
}

/** Writes via a temp file and rename; refuses to replace an existing file unless `overwrite`. */
export function writeDraft(file: string, draft: Draft, options: { overwrite: boolean }): void {
  if (!options.overwrite && fs.existsSync(file)) {
    throw new CliExit(2, `文件已存在：${file}（如需覆盖请加 --force）`);
  }
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeFileSync(fd, serializeDraft(draft, APP_VERSION));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    const why = fsReason(errnoOf(err)) ?? '写入失败';
    throw new CliExit(2, `${why}：${file}`);
  }
}
