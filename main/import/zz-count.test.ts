import fs from 'node:fs';
import path from 'node:path';
import { importFile } from './index';
import { getFormat, inputCells } from '../../shared/formats';
const T3_COLS = ['natural', 'commercial', 'research', 'social', 'legal', 'other_org', 'total'];
it('probe', async () => {
  const root = '/work/main/fixtures/reports';
  const out: string[] = [];
  for (const id of fs.readdirSync(root).sort()) {
    const dir = path.join(root, id);
    if (!fs.statSync(dir).isDirectory()) continue;
    const e = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
    const { report, draft } = await importFile(e.file, new Uint8Array(fs.readFileSync(path.join(dir, e.file))), { now: 'n', id: 'x' });
    const inputs = new Set(inputCells(getFormat(report.formatId)));
    let review = 0, n = 0;
    for (const [row, vals] of Object.entries(e.t3 as Record<string, (number | null)[]>)) vals.forEach((v, i) => {
      if (v === null) return; n++;
      const k = `t3.${row}.${T3_COLS[i]}`;
      const got = inputs.has(k) ? draft.cells[k] : draft.stated[k];
      if (got === undefined || got === null) review++;
    });
    if (review) out.push(`${id}: ${review}/${n}`);
  }
  console.log(out.join('\n'));
}, 60000);
