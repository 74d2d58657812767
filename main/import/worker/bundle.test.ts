// The import worker as shipped: scripts/build-main.mjs bundles it, and the bundle imports reports (text, PDF, DOCX).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createThreadRunner, WORKER_BUNDLE } from './thread-host';

const root = path.resolve(__dirname, '..', '..', '..');
let tmp: string;

beforeAll(() => {
  // Inside the repository (.tmp/ is ignored) so that the bundle's external packages (pdf.js) resolve.
  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
  tmp = fs.mkdtempSync(path.join(root, '.tmp', 'import-worker-'));
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-main.mjs')], {
    cwd: root,
    env: { ...process.env, NIANBAO_BUILD_OUT: tmp },
    stdio: 'pipe',
  });
}, 60_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

it('the bundled worker reads a text report, a .docx and a PDF', async () => {
  const runner = createThreadRunner({ script: path.join(tmp, WORKER_BUNDLE) });
  const read = (p: string) => new Uint8Array(fs.readFileSync(path.join(root, p)));
  try {
    const txt = await runner.run('a.txt', read('fixtures/seeds/003_be04c842d3f1cdaa.txt'));
    expect(txt.report.year).toBe(2024);
    const docx = await runner.run('r.docx', read('main/import/__fixtures__/report-2021.docx'));
    expect(docx.report.origin).toBe('docx');
    const pdf = await runner.run('r.pdf', read('main/import/__fixtures__/report-2021-narrow.pdf'));
    expect(pdf.report.origin).toBe('pdf');
  } finally {
    runner.close();
  }
}, 60_000);
