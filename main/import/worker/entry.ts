// The import worker: reads files sent by the app (importFile) and replies; one job at a time, reused across jobs.
import { parentPort } from 'node:worker_threads';
import { importFile } from '../index';
import { toErrorShape } from '../../../shared/ipc/result';
import { READY, type ImportJob, type ImportReply } from './protocol';

interface Port {
  post(msg: unknown): void;
  onMessage(handler: (msg: unknown) => void): void;
}

/** Electron's utilityProcess port (process.parentPort) wraps each message in an event's `data`. */
interface ElectronParentPort {
  postMessage(msg: unknown): void;
  on(event: 'message', handler: (e: { data: unknown }) => void): void;
}

function port(): Port | null {
  if (parentPort) {
    const p = parentPort;
    return { post: (m) => p.postMessage(m), onMessage: (h) => p.on('message', h) };
  }
  const electron = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (electron)
    return {
      post: (m) => electron.postMessage(m),
      onMessage: (h) => electron.on('message', (e) => h(e.data)),
    };
  return null;
}

const ABNORMAL = '该文件结构异常（嵌套过深或数据过多），导入已中止，其他工作不受影响。';

async function handle(job: ImportJob): Promise<ImportReply> {
  try {
    const options = { ...(job.now ? { now: job.now } : {}), ...(job.draftId ? { id: job.draftId } : {}) };
    const result = await importFile(job.fileName, new Uint8Array(job.bytes), options);
    return { id: job.id, ok: true, result };
  } catch (err) {
    // Stack overflow or an array past the engine's limits: the file's structure, not a fault of the app.
    if (err instanceof RangeError) {
      return { id: job.id, ok: false, error: { code: 'UNSUPPORTED', message: ABNORMAL } };
    }
    return { id: job.id, ok: false, error: toErrorShape(err) };
  }
}

const p = port();
if (p) {
  p.onMessage((msg) => {
    void handle(msg as ImportJob).then((reply) => p.post(reply));
  });
  p.post(READY);
}
