// Regenerates the derived captures of fixtures/reports (browser text, one-line text, .mht, Chromium PDF, .docx, Word PDF, pdftotext -layout) from each real saved page.
//
// Usage: node scripts/derive-captures.mjs [source-folder …]   (default: every folder holding source.html)
// Needs Debian's Chromium (NIANBAO_CHROMIUM overrides /usr/bin/chromium), LibreOffice (soffice) and poppler-utils.
// Each derived folder gets its capture and expected.json copied from the source folder (shape, file, note changed).
/* global document -- the page.evaluate callbacks run in the browser */
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import * as prettier from 'prettier';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'reports');
// The same browser and flags as e2e/chromium.ts (kept in step by hand: this script runs without a TypeScript loader).
const CHROMIUM = process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Every derived shape: folder suffix, shape name in expected.json, file name, how it was made (for the note). */
const SHAPES = [
  {
    suffix: 'text',
    shape: 'browser-text',
    file: 'source.txt',
    how: 'document.body.innerText in Chromium (全选 + 复制)',
  },
  {
    suffix: 'copy',
    shape: 'browser-copy',
    file: 'source.txt',
    how: 'Chromium 全选 (Ctrl+A) + 复制 (Ctrl+C), pasted (Ctrl+V) into a text box: the clipboard text a clerk pastes',
  },
  {
    suffix: 'oneline',
    shape: 'one-line-page',
    file: 'source.txt',
    how: 'document.body.textContent in Chromium (a scraper)',
  },
  {
    suffix: 'mht',
    shape: 'saved-page-mht',
    file: 'source.mht',
    how: 'Chromium 保存网页为单个文件 (CDP Page.captureSnapshot, mhtml)',
  },
  {
    suffix: 'print-pdf',
    shape: 'pdf',
    file: 'source.pdf',
    how: 'Chromium 打印为 PDF with its default 页眉和页脚 (Playwright page.pdf, A4)',
  },
  {
    suffix: 'docx',
    shape: 'docx',
    file: 'source.docx',
    how: 'the page opened and saved as Word by LibreOffice (soffice --convert-to docx)',
  },
  {
    suffix: 'pdf',
    shape: 'pdf',
    file: 'source.pdf',
    how: 'that .docx exported to PDF by LibreOffice (soffice --convert-to pdf)',
  },
  {
    suffix: 'layout',
    shape: 'pdftotext-layout',
    file: 'source.txt',
    how: 'pdftotext -layout of the LibreOffice PDF',
  },
];

// The page's fonts: a Windows PC has 宋体/微软雅黑 (TrueType); here one TrueType CJK face stands in for every font the
// page names, without synthetic bold, so that PDFs embed glyph subsets (~100 KB for a report's ~1,000 distinct
// characters) instead of Type 3 programs (Noto CJK's CFF outlines, as Chromium prints them: 600 KB).
const CJK_FACE = 'Droid Sans Fallback';
// (The body rule is the one LibreOffice's HTML import reads; browsers apply the other to every element.)
const STYLE = `body { font-family: "${CJK_FACE}", sans-serif; font-synthesis: none; } * { font-family: "${CJK_FACE}", sans-serif !important; font-synthesis: none; }`;
/** Chrome's running head and foot (its own layout, in the page's face so that no other font is embedded). */
const RUNNING = `<div style="font: 8px '${CJK_FACE}'; width: 100%; margin: 0 7mm; display: flex; justify-content: space-between"><span>LEFT</span><span>RIGHT</span></div>`;
/** The Windows font names Chinese pages and Word files use, for LibreOffice (fontconfig) to find the same face. */
const WINDOWS_CJK = [
  '宋体',
  'SimSun',
  '新宋体',
  '微软雅黑',
  'Microsoft YaHei',
  '黑体',
  'SimHei',
  '仿宋',
  '仿宋_GB2312',
  'FangSong',
  '楷体',
  '楷体_GB2312',
  'KaiTi',
];

function fontsConf() {
  const alias = WINDOWS_CJK.map(
    (name) =>
      `<match target="pattern"><test name="family"><string>${name}</string></test><edit name="family" mode="prepend" binding="strong"><string>${CJK_FACE}</string></edit></match>`,
  ).join('');
  return `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${alias}</fontconfig>`;
}

// A4 less 18 mm margins each side, in CSS pixels (96 per inch).
const PRINT_MARGIN = { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' };
const PRINT_WIDTH_PX = Math.floor(((210 - 36) / 25.4) * 96);

/** The saved page as a browser shows it: a captured fragment as the body of a UTF-8 page titled like the report. */
function pageOf(fragment, title) {
  // A whole saved page keeps its own head; only the font line is added.
  if (/^\s*(?:<!doctype html|<html)/i.test(fragment)) {
    return fragment.replace(/<\/head>/i, `<style>${STYLE}</style></head>`);
  }
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head><body>${fragment}</body></html>`;
}

/**
 * The clerk's 表格 → 自动调整 → 根据窗口调整表格 in Word: a web table's fixed widths and nowrap are dropped, so the table
 * fits the page (LibreOffice keeps them and lets a wide table run off the paper, cut at its edge).
 */
function fittedTables(html) {
  const attr =
    /(<(?:table|colgroup|col|tr|td|th)\b[^>]*?)\s(?:width|nowrap)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?(?=[\s/>])/gi;
  let out = html;
  for (let before = ''; before !== out;) {
    before = out;
    out = out.replace(attr, '$1');
  }
  return out
    .replace(
      /(<(?:table|colgroup|col|tr|td|th)\b[^>]*?style\s*=\s*["'][^"']*?)(?:min-)?width\s*:[^;"']*;?/gi,
      '$1',
    )
    .replace(/<table\b/gi, '<table width="100%"');
}

function run(cmd, args, cwd, env = process.env) {
  execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'], timeout: 120_000 });
}

async function writeFolder(source, spec, bytes, expected) {
  const dir = path.join(ROOT, `${source}-${spec.suffix}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, spec.file), bytes);
  const note =
    `Derived capture of ${source}/source.html (see SOURCES.md, scripts/derive-captures.mjs): ${spec.how}; same hand-checked figures. ${expected.note ?? ''}`.trim();
  const out = { ...expected, shape: spec.shape, file: spec.file, note };
  const file = path.join(dir, 'expected.json');
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  fs.writeFileSync(file, await prettier.format(JSON.stringify(out, null, 2), options));
  console.log(`${path.relative(ROOT, dir)}/${spec.file}  ${bytes.length} bytes`);
}

async function derive(browser, source) {
  const srcDir = path.join(ROOT, source);
  const expected = JSON.parse(fs.readFileSync(path.join(srcDir, 'expected.json'), 'utf8'));
  const fragment = fs.readFileSync(path.join(srcDir, 'source.html'), 'utf8');
  const title = `${expected.year}年${expected.agency}政府信息公开工作年度报告`;
  const html = pageOf(fragment, title);
  const shape = (suffix) => SHAPES.find((s) => s.suffix === suffix);

  // Scripts off: a saved page's script would write today's date into it (as the live site did on the day it was
  // saved), and the capture would change with every run.
  const page = await browser.newPage({
    viewport: { width: PRINT_WIDTH_PX, height: 1000 },
    javaScriptEnabled: false,
  });
  // Offline: the saved page's stylesheets, scripts and images (site-relative links) are not fetched.
  await page.route('**/*', (route) => route.abort());
  await page.setContent(html, { waitUntil: 'load' });
  const innerText = await page.evaluate(() => document.body.innerText);
  const textContent = await page.evaluate(() => document.body.textContent ?? '');
  const cdp = await page.context().newCDPSession(page);
  const { data: mhtml } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
  // Chrome's print dialog shrinks a page wider than the paper to fit its width (缩放：默认); page.pdf() does not.
  const fit = await page.evaluate(
    (width) => Math.min(1, Math.floor((width / document.documentElement.scrollWidth) * 100) / 100),
    PRINT_WIDTH_PX,
  );
  const printed = await page.pdf({
    format: 'A4',
    scale: Math.max(0.1, fit),
    margin: PRINT_MARGIN,
    // Chrome's print dialog prints 页眉和页脚 by default: date and title above, address and page x/y below.
    displayHeaderFooter: true,
    headerTemplate: RUNNING.replace('LEFT', '<span class="date"></span>').replace(
      'RIGHT',
      '<span class="title"></span>',
    ),
    footerTemplate: RUNNING.replace('LEFT', '<span class="url"></span>').replace(
      'RIGHT',
      '<span class="pageNumber"></span>/<span class="totalPages"></span>',
    ),
  });
  // What the clerk really pastes: the page selected and copied, pasted into a text box (another page).
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  const box = await browser.newPage();
  await box.setContent('<!DOCTYPE html><textarea id="box"></textarea>');
  await box.focus('#box');
  await box.keyboard.press('Control+V');
  const copied = await box.$eval('#box', (t) => t.value);
  await box.close();
  await page.close();

  await writeFolder(source, shape('text'), Buffer.from(innerText, 'utf8'), expected);
  await writeFolder(source, shape('copy'), Buffer.from(copied, 'utf8'), expected);
  await writeFolder(source, shape('oneline'), Buffer.from(textContent, 'utf8'), expected);
  await writeFolder(source, shape('mht'), Buffer.from(mhtml, 'utf8'), expected);
  await writeFolder(source, shape('print-pdf'), printed, expected);

  // The clerk's path: the saved page opened in Word (here LibreOffice Writer), saved as .docx, exported to PDF.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'derive-'));
  try {
    const profile = `-env:UserInstallation=file://${path.join(tmp, 'profile')}`;
    fs.writeFileSync(path.join(tmp, 'fonts.conf'), fontsConf());
    const env = { ...process.env, FONTCONFIG_FILE: path.join(tmp, 'fonts.conf') };
    fs.writeFileSync(path.join(tmp, 'report.html'), fittedTables(html));
    run(
      'soffice',
      [
        profile,
        '--headless',
        '--infilter=HTML (StarWriter)',
        '--convert-to',
        'docx:MS Word 2007 XML',
        'report.html',
      ],
      tmp,
      env,
    );
    run('soffice', [profile, '--headless', '--convert-to', 'pdf:writer_pdf_Export', 'report.docx'], tmp, env);
    run('pdftotext', ['-layout', '-enc', 'UTF-8', 'report.pdf', 'report.txt'], tmp);
    await writeFolder(source, shape('docx'), fs.readFileSync(path.join(tmp, 'report.docx')), expected);
    await writeFolder(source, shape('pdf'), fs.readFileSync(path.join(tmp, 'report.pdf')), expected);
    await writeFolder(source, shape('layout'), fs.readFileSync(path.join(tmp, 'report.txt')), expected);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const requested = process.argv.slice(2);
const sources =
  requested.length > 0
    ? requested.map((s) => path.basename(s))
    : fs
        .readdirSync(ROOT, { withFileTypes: true })
        .filter((d) => d.isDirectory() && fs.existsSync(path.join(ROOT, d.name, 'source.html')))
        .map((d) => d.name)
        .sort();

const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
try {
  for (const source of sources) await derive(browser, source);
} finally {
  await browser.close();
}
