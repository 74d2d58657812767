// The import:file handler: base64 bytes → import worker (main/import/worker) → draft (not saved) + import report.
import type { ParsedRequestOf, ResponseOf } from '../../shared/ipc/contract';
import { MAX_FILE_BYTES, fileTooLarge } from '../../shared/ipc/limits';
import { AppError } from '../../shared/ipc/result';
import type { ImportRunner } from '../import/worker/runner';
import { createThreadRunner } from '../import/worker/thread-host';

/**
 * The file is read in a worker (time budget, memory cap), never in this process: a hostile file fails alone while
 * saves and every other channel carry on. The runner is the worker-thread one unless the shell passes its own.
 */
export function createImportService(runner: ImportRunner = createThreadRunner()): {
  'import:file': (req: ParsedRequestOf<'import:file'>) => Promise<ResponseOf<'import:file'>>;
} {
  return {
    'import:file': async (req) => {
      const bytes = Buffer.from(req.contentBase64 ?? '', 'base64');
      if (bytes.length > MAX_FILE_BYTES) throw new AppError('BAD_REQUEST', fileTooLarge(req.fileName));
      if (bytes.length === 0) throw new AppError('BAD_REQUEST', '文件是空的（0 字节），没有可导入的内容。');
      const fileName = req.fileName.replace(/^.*[\\/]/, '');
      const result = await runner.run(fileName, new Uint8Array(bytes));
      if (req.asPrevious && result.report.origin !== 'draft') {
        return {
          draft: result.draft,
          report: {
            ...result.report,
            notes: [...result.report.notes, '作为上一年度报告导入：仅用于结转和对照，不会单独保存'],
          },
        };
      }
      return result;
    },
  };
}
