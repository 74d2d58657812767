// Hostile import files, built in memory by the tests (no binaries committed): each once crashed or froze the app.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import JSZip from 'jszip';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** 71.6 KB of <td rowspan=200 colspan=200>: the grid it asks for has a hundred million slots (issue 12). */
export function spanTable(): Uint8Array {
  const cell = '<td rowspan=200 colspan=200>1</td>';
  const row = `<tr>${cell.repeat(20)}</tr>`;
  return utf8(`<html><body><p>表三</p><table>${row.repeat(105)}</table></body></html>`);
}

/** 300 KB of unclosed <b> (one parser slowed quadratically on them). */
export function unclosedTags(): Uint8Array {
  return utf8(`<html><body>${'<b>x'.repeat(75_000)}</body></html>`);
}

/** Unclosed tags then stray end tags of another name: every end tag walks the open-element stack. */
export function misnestedTags(): Uint8Array {
  return utf8(
    `<html><body>${'<b>'.repeat(30_000)}${'</i>'.repeat(30_000)}${'<div>'.repeat(30_000)}${'</p>'.repeat(30_000)}</body></html>`,
  );
}

/** Pages sharing one content stream of `items` text pieces (195 KB for 300 pages × 30 000 pieces). */
export async function sharedStreamPdf(pages = 300, items = 30_000): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const ops: string[] = ['BT /F1 8 Tf'];
  for (let i = 0; i < items; i++)
    ops.push(`1 0 0 1 ${(i % 60) * 9} ${800 - (Math.floor(i / 60) % 90) * 9} Tm (${i % 10}) Tj`);
  ops.push('ET');
  const content = doc.context.register(doc.context.flateStream(ops.join('\n')));
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    page.node.setFontDictionary(PDFName.of('F1'), font.ref);
    page.node.set(PDFName.of('Contents'), content);
  }
  return doc.save({ useObjectStreams: false });
}

/** Pages sharing one stream of drawing operators only: no text to cap, so only the time budget stops it. */
export async function sharedDrawingPdf(pages = 300, ops = 200_000): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const lines: string[] = [];
  for (let i = 0; i < ops; i++) lines.push(`${i % 500} ${i % 700} m ${(i * 7) % 500} ${(i * 3) % 700} l S`);
  const content = doc.context.register(doc.context.flateStream(lines.join('\n')));
  for (let p = 0; p < pages; p++) doc.addPage([595, 842]).node.set(PDFName.of('Contents'), content);
  return doc.save({ useObjectStreams: false });
}

/** Zlib data of `mb` megabytes of zeros, compressed in pieces (never holding the whole output). */
async function deflatedZeros(mb: number): Promise<Buffer> {
  const deflate = zlib.createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => deflate.on('end', resolve));
  const block = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mb; i++) {
    if (!deflate.write(block)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

/** A PDF whose one content stream inflates to `mb` MB (1.5 MB of Flate data → 1.5 GB). */
export async function flateBombPdf(mb = 400): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const bomb = doc.context.register(doc.context.stream(await deflatedZeros(mb), { Filter: 'FlateDecode' }));
  page.node.set(PDFName.of('Contents'), bomb);
  return doc.save({ useObjectStreams: false });
}

async function realDocx(): Promise<JSZip> {
  return JSZip.loadAsync(fs.readFileSync(path.join(__dirname, 'report-2021.docx')));
}

function documentXml(zip: JSZip): Promise<string> {
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('report-2021.docx has no word/document.xml');
  return part.async('string');
}

async function zipped(zip: JSZip): Promise<Uint8Array> {
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** A .docx whose document.xml inflates to 80 MB (a valid zip: sizes in the headers tell the truth). */
export async function zipBombDocx(): Promise<Uint8Array> {
  const zip = await realDocx();
  const xml = await documentXml(zip);
  zip.file('word/document.xml', xml.replace('<w:body>', `<w:body>${' '.repeat(80 * 1024 * 1024)}`));
  return zipped(zip);
}

/** A .docx whose document.xml declares an external entity (XXE) reading a local file. */
export async function xxeDocx(target: string): Promise<Uint8Array> {
  const zip = await realDocx();
  const xml = await documentXml(zip);
  const doctype = `<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://${target}">]>`;
  const withEntity = xml
    .replace(/(<\?xml[^>]*\?>)/, `$1${doctype}`)
    .replace('<w:body>', '<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>');
  zip.file('word/document.xml', withEntity);
  return zipped(zip);
}

/** The main document moved to a part without an .xml name (relationships may point anywhere), carrying a DTD. */
export async function hiddenDtdDocx(): Promise<Uint8Array> {
  const zip = await realDocx();
  const xml = await documentXml(zip);
  const rels = zip.file('_rels/.rels');
  if (!rels) throw new Error('report-2021.docx has no _rels/.rels');
  zip.file('_rels/.rels', (await rels.async('string')).replace('word/document.xml', 'word/main.dat'));
  zip.file('word/main.dat', xml.replace(/(<\?xml[^>]*\?>)/, '$1<!DOCTYPE x [<!ENTITY a "b">]>'));
  return zipped(zip);
}

/** Billion laughs: ten nested entities of ten references each, 10^9 copies of "lol" once expanded. */
export async function billionLaughsDocx(): Promise<Uint8Array> {
  const zip = await realDocx();
  const xml = await documentXml(zip);
  const ents = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) ents.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  const doctype = `<!DOCTYPE w:document [${ents.join('')}]>`;
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${doctype}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:styleId="x"><w:name w:val="&lol9;"/></w:style></w:styles>`,
  );
  zip.file('word/document.xml', xml);
  return zipped(zip);
}

/** The real report with extra entries named to escape a folder (zip slip) if anything extracted them. */
export async function zipSlipDocx(escapeTo: string): Promise<Uint8Array> {
  const zip = await realDocx();
  zip.file(`../../../../${escapeTo}`, 'pwned');
  zip.file(`word/../../${escapeTo}`, 'pwned');
  return zipped(zip);
}
