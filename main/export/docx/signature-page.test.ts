// The DOCX 落款 never stands alone on the last page (GB/T 9704 §7.3.5.5): for texts ending at every line of a page,
// LibreOffice's rendering shows at least two lines of body text above it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDraft } from '../../../shared/draft/create';
import { documentOf } from '../render';
import { libreofficeToPdfs, run, tmpDir } from '../test-support/tools';
import { writeDocx } from './writer';

jest.setTimeout(240_000);

const AGENCY = '某某县某某街道办事处';
const LINE = '街道持续推进政务公开工作并认真落实各项制度要求'; // 24 characters: one line after the indent

function draftEndingAfter(lines: number) {
  const d = createDraft({ agency: AGENCY, year: 2025, id: `sig-${lines}`, now: '2026-01-01T00:00:00Z' });
  d.texts.s6 = ['（一）其他事项', ...Array.from({ length: lines }, (_, i) => `${i + 1}.${LINE}。`)].join(
    '\n',
  );
  d.signature = { agency: AGENCY, date: '2026-01-20' };
  return d;
}

it('keeps at least two lines of text with the 落款 wherever the text ends', async () => {
  const dir = tmpDir('nianbao-sig-');
  const files: string[] = [];
  for (let n = 0; n < 24; n++) {
    const file = path.join(dir, `sig-${String(n).padStart(2, '0')}.docx`);
    writeFileSync(file, await writeDocx(documentOf(draftEndingAfter(n))));
    files.push(file);
  }
  const alone: string[] = [];
  for (const pdf of libreofficeToPdfs(files, dir)) {
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? '0');
    const last = run('pdftotext', ['-layout', '-f', String(pages), '-l', String(pages), pdf, '-'])
      .split('\n')
      .map((l) => l.replace(/\s+/g, ''))
      .filter((l) => l && l !== AGENCY && l !== '2026年1月20日' && !/^—\d+—$/.test(l));
    if (last.length < 2) alone.push(`${path.basename(pdf)}: ${last.join(' / ')}`);
  }
  expect(alone).toEqual([]);
});
