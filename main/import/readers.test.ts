// Readers: a .docx and an .html with merged header cells round-trip to the same draft; GBK pages; bad input messages.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { serializeDraft } from '../../shared/draft/envelope';
import { AppError } from '../../shared/ipc/result';
import { AGENCY, T2, T3, T4, YEAR } from './__fixtures__/fixture-report';
import { decodeText, sniffMetaCharset } from './decode';
import { importFile, sourceKind } from './index';
import { htmlDocument, parseTable, tableGrid } from './html-reader';

const FIX = path.join(__dirname, '__fixtures__');
const bytesOf = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIX, name)));
const opts = { now: '2026-01-01T00:00:00.000Z', id: 'fixture' };

function expectedCells(): Record<string, number> {
  const cols = ['natural', 'commercial', 'research', 'social', 'legal', 'other_org'];
  const out: Record<string, number> = {
    't2_1.rules.issued': T2.rules[0]!,
    't2_1.rules.repealed': T2.rules[1]!,
    't2_1.rules.valid': T2.rules[2]!,
    't2_1.norms.issued': T2.norms[0]!,
    't2_1.norms.repealed': T2.norms[1]!,
    't2_1.norms.valid': T2.norms[2]!,
    't2_5.license.decisions': T2.license,
    't2_6.penalty.decisions': T2.penalty,
    't2_6.coercion.decisions': T2.coercion,
    't2_8.fees.amount': T2.fees,
  };
  for (const [row, values] of Object.entries(T3)) {
    if (row === 'results_total') continue;
    cols.forEach((c, i) => (out[`t3.${row}.${c}`] = values[i]!));
  }
  const t4Cols = ['review', 'direct', 'after'].flatMap((g) =>
    ['upheld', 'corrected', 'other', 'pending', 'total'].map((r) => `${g}_${r}`),
  );
  t4Cols.forEach((c, i) => {
    if (!c.endsWith('_total')) out[`t4.cases.${c}`] = T4[i]!;
  });
  return out;
}

async function reject(name: string, bytes: Uint8Array): Promise<AppError> {
  try {
    await importFile(name, bytes, opts);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected the import to fail');
}

describe('hand-made .html and .docx with merged header cells', () => {
  it('the HTML page reads every figure, the texts, the signature and the preamble', async () => {
    const { draft, report } = await importFile('report-2021.html', bytesOf('report-2021.html'), opts);
    expect([report.origin, report.formatId, report.year, report.agency]).toEqual([
      'html',
      'gov-2021',
      YEAR,
      AGENCY,
    ]);
    expect(draft.cells).toEqual(expectedCells());
    expect(draft.stated['t3.results_total.total']).toBe(18);
    expect(draft.stated['t4.cases.review_total']).toBe(2);
    expect(report.unresolved).toEqual([]);
    expect(report.issues.errors).toBe(0);
    expect(draft.signature).toEqual({ agency: AGENCY, date: `${YEAR + 1}-01-20` });
    expect(draft.texts.s1).toBe(
      '（一）主动公开\n2023年，我镇主动公开政府信息236条。\n（二）依申请公开\n全年新收政府信息公开申请18件，上年结转2件。',
    );
    expect(draft.texts.s6).toBe('2023年，本机关未收取信息处理费。');
    expect(draft.preamble).toMatch(/^本报告根据/);
    expect(draft.contact.postcode).toBe('123456');
    expect(draft.texts.s6).not.toContain('扫一扫');
  });

  it('the DOCX (merged cells as gridSpan/vMerge) imports to the same draft as the HTML', async () => {
    const html = await importFile('report-2021.html', bytesOf('report-2021.html'), opts);
    const docx = await importFile('report-2021.docx', bytesOf('report-2021.docx'), opts);
    expect(docx.report.origin).toBe('docx');
    expect(docx.draft).toEqual(html.draft);
    expect({ ...docx.report, origin: 'html', fileName: '' }).toEqual({ ...html.report, fileName: '' });
  });

  it('a GBK-encoded page (meta charset=gbk) imports to the same draft', async () => {
    const utf8 = await importFile('report-2021.html', bytesOf('report-2021.html'), opts);
    const gbk = await importFile('report-2021-gbk.html', bytesOf('report-2021-gbk.html'), opts);
    expect(gbk.draft).toEqual(utf8.draft);
  });

  it('a GBK text file and a renamed file are read by content', async () => {
    const seed = fs.readFileSync(
      path.resolve(__dirname, '../../fixtures/seeds/003_be04c842d3f1cdaa.txt'),
      'utf8',
    );
    const utf8 = await importFile('r.txt', new Uint8Array(Buffer.from(seed, 'utf8')), opts);
    const gbk = await importFile('r.txt', new Uint8Array(iconv.encode(seed, 'gbk')), opts);
    expect(gbk.draft).toEqual(utf8.draft);
    const renamed = await importFile('report.txt', bytesOf('report-2021.docx'), opts);
    expect(renamed.report.origin).toBe('docx');
  });

  it('a nianbao draft file imports as it is', async () => {
    const { draft } = await importFile('report-2021.html', bytesOf('report-2021.html'), opts);
    const text = serializeDraft(draft, 'test');
    const again = await importFile('last-year.json', new Uint8Array(Buffer.from(text, 'utf8')), opts);
    expect(again.draft).toEqual(draft);
    expect(again.report.origin).toBe('draft');
    expect(again.report.unresolved).toEqual([]);
  });
});

describe('bad input gets a clear Chinese message', () => {
  it('empty file', async () => {
    expect((await reject('empty.txt', new Uint8Array())).message).toContain('文件是空的');
  });
  it('binary file', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect((await reject('picture.txt', png)).message).toContain('不是文本文件');
  });
  it('a text that is not a report', async () => {
    const text = '会议纪要\n今天下午召开了安全生产工作会议，各科室负责人参加。\n会议要求各单位做好节前检查。';
    expect((await reject('notes.txt', new Uint8Array(Buffer.from(text)))).message).toContain(
      '不像政府信息公开工作年度报告',
    );
  });
  it('PDF, old .doc, corrupt .docx, a zip that is not Word, a corrupt draft', async () => {
    expect((await reject('a.pdf', new Uint8Array(Buffer.from('%PDF-1.7\n…')))).message).toContain('PDF');
    expect((await reject('a.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]))).message).toContain(
      '.docx',
    );
    expect((await reject('a.docx', new Uint8Array(Buffer.from('not a zip at all')))).message).toContain(
      '已损坏',
    );
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expect((await reject('a.docx', zip)).message).toMatch(/已损坏|不是 Word/);
    const draft =
      '{"format":"nianbao-draft","schemaVersion":1,"appVersion":"x","savedAt":"x","sha256":"00","payload":{}}';
    expect((await reject('d.json', new Uint8Array(Buffer.from(draft)))).message).toContain('草稿文件');
  });
});

describe('charset sniffing and HTML grids', () => {
  it('finds a declared charset and prefers valid UTF-8 over a stale declaration', () => {
    const page =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>年度报告</body></html>';
    expect(sniffMetaCharset(new Uint8Array(Buffer.from(page)))).toBe('gb2312');
    expect(decodeText(new Uint8Array(iconv.encode(page, 'gb2312')), { html: true }).text).toContain(
      '年度报告',
    );
    expect(decodeText(new Uint8Array(Buffer.from(page, 'utf8')), { html: true }).charset).toBe('utf-8');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('报告', 'utf16le')]);
    expect(decodeText(utf16).text).toBe('报告');
  });
  it('expands rowspan and colspan into a grid with marked continuations', () => {
    const table = parseTable(
      '<table><tr><td rowspan="2">甲</td><td colspan="2">乙</td></tr><tr><td>1</td><td>2</td></tr></table>',
    )!;
    expect(tableGrid(table)).toEqual([
      [{ text: '甲' }, { text: '乙' }, { text: '乙', span: 'col' }],
      [{ text: '甲', span: 'row' }, { text: '1' }, { text: '2' }],
    ]);
  });
  it('ignores scripts, hidden elements and layout tables around the report', () => {
    const doc = htmlDocument(
      '<table><tr><td><p>标题</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table><script>1</script><div style="display:none">隐藏</div>',
    );
    expect(doc.blocks).toEqual([
      { kind: 'line', text: '标题' },
      { kind: 'table', rows: [[{ text: '规章' }, { text: '0' }]] },
    ]);
  });
  it('tells file kinds apart by content', () => {
    expect(sourceKind('x.htm', new Uint8Array(Buffer.from('abc')))).toBe('html');
    expect(sourceKind('x.txt', new Uint8Array(Buffer.from('<!DOCTYPE html><html>')))).toBe('html');
    expect(sourceKind('x.txt', new Uint8Array(Buffer.from('一、总体情况')))).toBe('text');
  });
});

describe('layout tables', () => {
  it('reads a report wrapped in a one-cell layout table as paragraphs, not as a grid', () => {
    const doc = htmlDocument(
      '<table><tr><td><p>一、总体情况</p><p>本机关认真做好政府信息公开工作。</p></td></tr></table>',
    );
    expect(doc.blocks).toEqual([
      { kind: 'line', text: '一、总体情况' },
      { kind: 'line', text: '本机关认真做好政府信息公开工作。' },
    ]);
  });
});

describe('PDF files', () => {
  it('a PDF without text (a scan) and a broken PDF get clear messages', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const blank = await PDFDocument.create();
    blank.addPage([595, 842]);
    const bytes = await blank.save();
    expect((await reject('scan.pdf', bytes)).message).toContain('没有可读取的文字');
    expect(
      (await reject('broken.pdf', new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj <<')))).message,
    ).toContain('PDF');
  }, 60_000);
});

describe('a web page saved as one file (.mhtml)', () => {
  it('reads the quoted-printable GBK page inside and imports the same draft as the .html', async () => {
    const html = await importFile('report-2021.html', bytesOf('report-2021.html'), opts);
    const mht = await importFile('report-2021.mhtml', bytesOf('report-2021.mhtml'), opts);
    expect(mht.report.origin).toBe('html');
    expect(mht.draft).toEqual(html.draft);
  });
  it('an archive without an HTML part gets a clear message', async () => {
    const bytes = new Uint8Array(
      Buffer.from(
        'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n',
      ),
    );
    expect((await reject('page.mht', bytes)).message).toContain('没有找到网页正文');
  });
});
