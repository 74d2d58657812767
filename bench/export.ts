// Export benchmark: seed-003 and a synthetic 30-page report to PDF and DOCX in a warm process, against LibreOffice's DOCX→PDF.
import { copyFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentOf } from '../main/export/render';
import { loadFontSet } from '../main/export/pdf/fonts';
import { writePdf } from '../main/export/pdf/writer';
import { writeDocx } from '../main/export/docx/writer';
import { libreofficeToPdf, seedDraft, tmpDir } from '../main/export/test-support/tools';
import type { DocumentModel } from '../shared/document';

const RUNS = 15;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** CPU time of this process per run, medians: wall time alone misleads on a busy machine. */
const cpu: Record<string, number> = {};

async function time(label: string, fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  const out: number[] = [];
  const cpuRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuRuns.push((c.user + c.system) / 1000);
  }
  cpu[label] = median(cpuRuns);
  return median(out);
}

/** The seed report with its prose repeated until the PDF reaches 30 pages. */
async function syntheticDoc(fonts: ReturnType<typeof loadFontSet>): Promise<DocumentModel> {
  const d = seedDraft();
  const s1 = d.texts.s1 ?? '';
  const s5 = d.texts.s5 ?? '';
  for (let k = 1; k < 40; k++) {
    d.texts.s1 = Array.from({ length: k }, () => s1).join('\n');
    d.texts.s5 = Array.from({ length: k }, () => s5).join('\n');
    const doc = documentOf(d);
    if ((await writePdf(doc, fonts)).pages >= 30) return doc;
  }
  throw new Error('synthetic report did not reach 30 pages');
}

const fonts = loadFontSet({ searchDirs: [] });
const dir = tmpDir('nianbao-bench-');
const seed = documentOf(seedDraft());
const big = await syntheticDoc(fonts);

// Warm up: fonts, HarfBuzz, the JIT.
for (let i = 0; i < 3; i++) {
  await writePdf(seed, fonts);
  await writeDocx(seed);
}

const seedPdf = await writePdf(seed, fonts);
const bigPdf = await writePdf(big, fonts);
const seedDocx = await writeDocx(seed);
const docxFile = path.join(dir, 'seed-003.docx');
writeFileSync(docxFile, seedDocx);

const pdfSeed = await time('pdfSeed', () => writePdf(seed, fonts));
const docxSeed = await time('docxSeed', () => writeDocx(seed));
const pdfBig = await time('pdfBig', () => writePdf(big, fonts), 7);
const docxBig = await time('docxBig', () => writeDocx(big), 7);

// LibreOffice, the route a clerk takes today: one untimed run (profile creation), then timed runs.
libreofficeToPdf(docxFile, dir);
const lo: number[] = [];
for (let i = 0; i < 3; i++) {
  const copy = path.join(dir, `seed-003-${i}.docx`);
  copyFileSync(docxFile, copy);
  const t0 = performance.now();
  libreofficeToPdf(copy, dir);
  lo.push(performance.now() - t0);
}
const loMedian = median(lo);

const ms = (x: number) => `${x.toFixed(0)} ms`;
const c = (k: string) => `（CPU ${ms(cpu[k] ?? 0)}）`;
console.log(`机器负载（1 分钟平均）：${os.loadavg()[0]?.toFixed(1)}，CPU 核数：${os.cpus().length}`);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `seed-003（${seedPdf.pages} 页）  PDF 中位数 ${ms(pdfSeed)}${c('pdfSeed')}，大小 ${kb(seedPdf.bytes.length)}；DOCX 中位数 ${ms(docxSeed)}${c('docxSeed')}，大小 ${kb(seedDocx.length)}`,
);
console.log(
  `合成报告（${bigPdf.pages} 页） PDF 中位数 ${ms(pdfBig)}${c('pdfBig')}，大小 ${kb(bigPdf.bytes.length)}；DOCX 中位数 ${ms(docxBig)}${c('docxBig')}`,
);
console.log(`LibreOffice DOCX→PDF（seed-003）中位数 ${ms(loMedian)}（${lo.map(ms).join('、')}）`);
const ratio = loMedian / pdfSeed;
console.log(`倍数：LibreOffice / 本程序 PDF = ${ratio.toFixed(1)}×（目标 ≥ 10×，PDF ≤ 150 ms，≤ 1 MB）`);
console.log(
  ratio >= 10 && pdfSeed <= 150 && seedPdf.bytes.length <= 1024 * 1024
    ? '结论：达到目标'
    : '结论：未达到目标（见上方数字）',
);
