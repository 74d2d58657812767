// Browser mode keeps answering (drafts list, a save) while a hostile file is being imported in the worker.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { closeServices, createServices } from '../../services';
import { startServer, type RunningServer } from '../../server/server';
import { sharedDrawingPdf } from '../__fixtures__/hostile';
import { createThreadRunner } from './thread-host';

let dir: string;
let server: RunningServer;
let services: ReturnType<typeof createServices>;

function api(
  channel: string,
  body: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: `/api/${channel}`,
        headers: {
          host: `127.0.0.1:${server.port}`,
          'content-type': 'application/json',
          'x-nianbao-token': server.token,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-busy-'));
  fs.mkdirSync(path.join(dir, 'root'));
  fs.writeFileSync(path.join(dir, 'root', 'index.html'), '<!doctype html><title>x</title>');
  services = createServices({
    dataDir: path.join(dir, 'data'),
    shell: 'browser',
    documentsDir: null,
    importRunner: createThreadRunner({ timeLimitMs: 8_000 }),
  });
  server = await startServer({ services, root: path.join(dir, 'root') });
});

afterAll(async () => {
  await server.close();
  await closeServices(services);
  fs.rmSync(dir, { recursive: true, force: true });
});

it('answers drafts:list and saves a draft during a hostile import, which then fails alone', async () => {
  const bytes = await sharedDrawingPdf();
  let importDone = false;
  const importing = api('import:file', {
    fileName: 'hostile.pdf',
    contentBase64: Buffer.from(bytes).toString('base64'),
  }).finally(() => {
    importDone = true;
  });
  // Let the worker start on the file first.
  await new Promise((r) => setTimeout(r, 1_500));

  const list = await api('drafts:list', {});
  const created = await api('drafts:create', { agency: '某某县人民政府办公室', year: 2025 });
  expect(list.ok).toBe(true);
  expect(created.ok).toBe(true);
  const draft = (created.value as { draft: { agency: string } }).draft;
  const saved = await api('drafts:save', { draft: { ...draft, agency: '某某县人民政府办公室（改）' } });
  expect(saved.ok).toBe(true);
  expect(importDone).toBe(false);

  const imported = await importing;
  expect(imported.ok).toBe(false);
  expect(imported.error?.message).toBe('该文件过大或结构异常，导入已中止（超过 8 秒），其他工作不受影响。');
  const after = (await api('drafts:list', {})).value as { agency: string }[];
  expect(after.map((d) => d.agency)).toEqual(['某某县人民政府办公室（改）']);
}, 60_000);
