// Test helpers around the real tools: poppler (pdftotext, pdffonts, pdfinfo, pdftoppm) and LibreOffice with 公文 font aliases.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDraftFile } from '../../../shared/draft/envelope';
import type { Draft } from '../../../shared/draft/schema';

/** This folder: __dirname under jest (CommonJS); under tsx (ESM, benchmarks) the repository root is the cwd. */
const HERE = typeof __dirname === 'string' ? __dirname : path.resolve('main', 'export', 'test-support');
export const FIXTURE = path.join(HERE, '..', '__fixtures__', 'seed-003.draft.json');
export const FONTS_DIR = path.resolve(HERE, '..', '..', '..', 'assets', 'fonts');

export function seedDraft(): Draft {
  const r = parseDraftFile(readFileSync(FIXTURE, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.draft;
}

export function tmpDir(prefix = 'nianbao-export-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function run(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  return execFileSync(cmd, [...args], {
    encoding: 'utf8',
    env,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A fontconfig file mapping the 公文 font names to the bundled Fandol faces (LibreOffice has none of them). */
export function fontconfigFile(dir: string): string {
  const alias = (family: string, to: string) =>
    `<alias binding="same"><family>${family}</family><prefer><family>${to}</family></prefer></alias>`;
  const file = path.join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>${FONTS_DIR}</dir><cachedir>${path.join(dir, 'fc-cache')}</cachedir>
${alias('仿宋_GB2312', 'FandolFang')}${alias('方正小标宋简体', 'FandolSong')}${alias('黑体', 'FandolHei')}
${alias('楷体_GB2312', 'FandolKai')}${alias('宋体', 'FandolSong')}
</fontconfig>`,
  );
  return file;
}

/** Converts DOCX files to PDF in one headless LibreOffice run (own profile, fonts aliased); returns the PDF paths. */
export function libreofficeToPdfs(docxs: readonly string[], outDir: string): string[] {
  const env = { ...process.env, FONTCONFIG_FILE: fontconfigFile(outDir), HOME: outDir };
  run(
    'libreoffice',
    [
      `-env:UserInstallation=file://${path.join(outDir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...docxs,
    ],
    env,
  );
  return docxs.map((d) => path.join(outDir, path.basename(d).replace(/\.docx$/, '.pdf')));
}

/** Converts a DOCX to PDF with headless LibreOffice (own profile, fonts aliased); returns the PDF path. */
export function libreofficeToPdf(docx: string, outDir: string): string {
  const [pdf] = libreofficeToPdfs([docx], outDir);
  if (pdf === undefined) throw new Error('libreoffice: no PDF');
  return pdf;
}
