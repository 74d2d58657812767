// Drafts for export tests: the seed reports through the import pipeline, and stress drafts (long names, 7-digit
// counts, long URLs and English) that real offices produce.
import fs from 'node:fs';
import path from 'node:path';
import { fullWidthPunctuation } from '../../../shared/document/punct';
import { createDraft } from '../../../shared/draft/create';
import type { Draft } from '../../../shared/draft/schema';
import { inputCells, getFormat } from '../../../shared/formats';
import { importFile } from '../../import';

/** This folder: __dirname under jest (CommonJS); under tsx (scripts) the repository root is the cwd. */
const HERE = typeof __dirname === 'string' ? __dirname : path.resolve('main', 'export', 'test-support');
const SEEDS = path.resolve(HERE, '..', '..', '..', 'fixtures', 'seeds');

export async function seedReport(prefix: string): Promise<Draft> {
  const name = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} missing`);
  const bytes = new Uint8Array(fs.readFileSync(path.join(SEEDS, name)));
  return (await importFile(name, bytes, { now: '2026-01-01T00:00:00.000Z', id: `seed-${prefix}` })).draft;
}

export const NAME_31 = '新疆维吾尔自治区伊犁哈萨克自治州奎屯市人民政府办公室政务服务局'; // 31
export const NAME_60 =
  '内蒙古自治区鄂尔多斯市伊金霍洛旗乌兰木伦镇人民政府办公室综合行政执法局政务公开科信息化服务中心数据资源管理与共享交换平台运行维护科'; // 60

/** A 2021-format draft with `agency`, 7-digit counts in 表三, 5-digit 表四 and long Latin runs in the text. */
export function stressDraft(agency: string): Draft {
  const d = createDraft({ agency, year: 2025, id: 'stress', now: '2026-01-01T00:00:00Z' });
  const f = getFormat(d.formatId);
  let i = 0;
  for (const key of inputCells(f)) {
    if (key.startsWith('t3.')) d.cells[key] = key.endsWith('.natural') ? 1234567 : 1000000 + (i++ % 9) * 111;
    else if (key.startsWith('t4.')) d.cells[key] = 12345;
    else if (key.includes('amount')) d.cells[key] = 12345.6789;
    else d.cells[key] = 1295;
  }
  d.texts.s1 =
    '（一）主动公开\n全年主动公开政府信息1295条,报告全文公布在门户网站(https://www.kuitun.gov.cn/zwgk/zfxxgk/fdzdgknr/ndbg/202601/t20260120_1234567890.html)上。\n' +
    'The district government publishes an English summary at https://www.example.gov.cn/en/annual-report-2025/summary.html for foreign investors and residents.\n' +
    '（二）依申请公开\n收到申请1234567件,联系电话:0591—88086122。';
  d.texts.s5 = '（一）存在的主要问题\n公开内容有待深化。\n（二）改进情况\n加强培训。';
  d.texts.s6 = '（一）其他事项\n无。\n（三）下一步工作打算';
  d.contact = {
    address: '奎屯市北京东路88号',
    postcode: '833200',
    phone: '0992-3222222',
    email: 'gk@kuitun.gov.cn',
  };
  d.signature = { agency, date: '2026-01-20' };
  return d;
}

/** Every line of the draft a reader must find in any export, as it should print (full-width punctuation). */
export function sourceLines(d: Draft): string[] {
  const lines = [
    d.agency,
    ...d.preamble.split('\n'),
    ...Object.values(d.texts).flatMap((t) => t.split('\n')),
    d.contact.address,
    d.contact.postcode,
    d.contact.phone,
    d.contact.email,
  ];
  if (d.signature.date) lines.push(d.signature.agency);
  return lines.map((l) => fullWidthPunctuation(l.trim())).filter((l) => l.length > 0);
}
