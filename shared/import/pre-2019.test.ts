// Import of pre-2019 统计表 pages flattened to one line: run-together 本年|历年累计, text statements, older table rows.
import { importDocument, textDocument } from './index';
import { statedFigures } from './stated';
import { boundsHold, tableBounds } from './equations';
import { getFormat } from '../formats';

const pre = getFormat('pre-2019');

/** A crawled page: header lines, then the whole article on one line (as the pingtan-* captures). */
function page(body: string): string {
  return ['标题: 某某县人民政府2015年政府信息公开工作年度报告', '==== 正文 ====', body].join('\n');
}

const intro =
  '某某县人民政府2015年政府信息公开工作年度报告 本报告由概述、主动公开政府信息情况和政府信息公开情况统计表等部分组成。' +
  '一、 概述 2015年，我县认真贯彻《条例》，持续推进政府信息公开工作，不断完善工作机制和公开渠道。' +
  '二、主动公开政府信息情况 （一）主动公开政府信息的数量 2015年全县主动公开政府信息STATED条。其中，各乡镇主动公开政府信息52条。' +
  '三、政府信息依申请公开工作情况 2015年全县共收到有关政府信息公开的申请3条，均已按时答复。' +
  '五、主要问题和改进措施 政府信息公开工作仍存在不足，下一步将进一步规范公开工作，提升公开质量和实效。';

function run(body: string) {
  return importDocument(textDocument(page(body)), { fileName: 'page.txt', now: 'now', id: 'x' });
}

/** The Fujian 统计表 run together: label, unit and both figures with no separator, rows numbered 1、 2、. */
const fujian =
  '六、某某县政府信息公开情况统计表 指标名称计量单位2015年度历年累计' +
  '主动公开文件数条2949819162其中：1、政府网站公开数条2949819162、政府公报公开数条00' +
  '受理依申请公开信息总数条321其中：1、当面申请数条1112、网上申请数条2103、信函、传真申请数条00' +
  '对申请的答复总数条321其中：1、同意公开答复数条3202、同意部分公开答复数条013、不予公开答复数条004、其他类型答复数条00' +
  '政府信息公开收费减免金额元00接受行政诉讼、举报数件00行政复议数件00行政诉讼数件00';

describe('pre-2019 统计表 on a one-line page', () => {
  it('splits run-together 本年|历年累计 by 历年累计 ≥ 本年, 其中 parts and the figure the text states', () => {
    const { draft, report } = run(
      intro.replace('STATED', '2949') + fujian.replace('2949819162其中', '294981916其中'),
    );
    expect(report.formatId).toBe('pre-2019');
    const c = (row: string) => [draft.cells[`stat.${row}.year`], draft.cells[`stat.${row}.cumulative`]];
    // 294981916: 2|94981916, 29|…, 294|…, 2949|81916 all keep 历年累计 ≥ 本年; the text says 2949条.
    expect(c('active_docs')).toEqual([2949, 81916]);
    // Same digits under 其中: a part is never above its row.
    expect(c('active_web')).toEqual([2949, 81916]);
    // 321: 3|21 (32|1 breaks 历年累计 ≥ 本年); 111 then 1|11 under it, 210 → 2|10, 320 → 3|20.
    expect(c('requests')).toEqual([3, 21]);
    expect(c('req_in_person')).toEqual([1, 11]);
    expect(c('req_online')).toEqual([2, 10]);
    expect(c('reply_granted')).toEqual([3, 20]);
    expect(c('reply_partial')).toEqual([0, 1]);
    expect(report.unresolved.filter((u) => u.cell.startsWith('stat.'))).toEqual([]);
    // The fee row of the 2014–2016 table has no cell here: left out, with a note, and its 00 is no one's figure.
    expect(report.notes.some((n) => n.includes('政府信息公开收费减免金额') && n.includes('未导入'))).toBe(
      true,
    );
    expect(report.notes.some((n) => n.includes('报告正文写明本年 2949条'))).toBe(true);
    // The caption named in a sentence of the preamble is no table: the sentence stays whole.
    expect(draft.preamble).toContain('主动公开政府信息情况和政府信息公开情况统计表等部分组成。');
  });

  it('leaves a split the text does not settle as 需核对 with its candidates', () => {
    const { draft, report } = run(
      intro.replace('STATED', '4970') + fujian.replace('2949819162其中', '294981916其中'),
    );
    expect(draft.cells['stat.active_docs.year']).toBeUndefined();
    const u = report.unresolved.find((x) => x.cell === 'stat.active_docs.year');
    expect(u?.candidates).toEqual([2, 29, 294, 2949]);
    // Without its row's figures, 网站公开 cannot be bounded either.
    expect(draft.cells['stat.active_web.year']).toBeUndefined();
  });

  it('reads the older national table: its extra rows left out, P-2 not used, 行政申诉数 printed last', () => {
    const older =
      '附件1：某某县人民政府2015年政府信息公开情况统计表 指标名称计量单位2015年度历年累计' +
      '主动公开信息数条294981916其中：1.网站公开条2949819162.政府公报公开条00受理依申请公开信息总数条321' +
      '其中：1.当面申请数条1112.传真申请数条003.电子邮件申请数条1104.网上申请数条005.信函申请数条006.其它形式申请数条00' +
      '对申请的答复数条321其中：1.同意公开答复数条3202.同意部分公开答复数条013.否决公开答复数条00' +
      '行政复议数条00行政诉讼数条00行政申诉数条00';
    const { draft, report } = run(intro.replace('STATED', '2949') + older);
    const c = (row: string) => [draft.cells[`stat.${row}.year`], draft.cells[`stat.${row}.cumulative`]];
    expect(c('active_docs')).toEqual([2949, 81916]);
    expect(c('requests')).toEqual([3, 21]);
    expect(c('req_in_person')).toEqual([1, 11]);
    expect(c('req_online')).toEqual([0, 0]);
    expect(c('reply_withheld')).toEqual([0, 0]);
    expect(c('complaints')).toEqual([0, 0]);
    // 电子邮件 2|10 is not 信函、传真: the format's 信函、传真申请数 is not printed and not derived from P-2.
    expect(c('req_mail')).toEqual([undefined, undefined]);
    expect(report.derived.some((d) => d.cell.startsWith('stat.req_mail'))).toBe(false);
    expect(report.unresolved.find((u) => u.cell === 'stat.req_mail.year')?.reason).toContain(
      '另列“传真申请数”',
    );
    expect(report.notes.some((n) => n.includes('电子邮件申请数') && n.includes('未导入'))).toBe(true);
  });
});

describe('statedFigures', () => {
  const prose =
    '2015年全区主动公开政府信息2949条。其中，各乡镇主动公开政府信息674条。2014年主动公开政府信息2543条。' +
    '2015年县政府公开办主动公开信息数为1713条。';
  it('takes figures stated after a phrase in sentences of the report year only', () => {
    expect([...statedFigures(prose, 2015, ['主动公开政府信息', '主动公开信息'], '条')].sort()).toEqual([
      1713, 2949,
    ]);
    expect([...statedFigures(prose, 2014, ['主动公开政府信息'], '条')]).toEqual([2543]);
    expect(statedFigures(prose, null, ['主动公开政府信息'], '条').size).toBe(0);
    expect(statedFigures(prose, 2015, ['主动公开政府信息'], '件').size).toBe(0);
  });
});

describe('tableBounds (pre-2019)', () => {
  const stat = pre.tables[0];
  it('has 历年累计 ≥ 本年 and each 其中 part ≤ its row, and they fail on a wrong reading', () => {
    if (!stat) throw new Error('no stat table');
    const bounds = tableBounds(pre, stat);
    const has = (big: string, small: string) =>
      bounds.some((b) => b.big.join() === `stat.${big}` && b.small.join() === `stat.${small}`);
    expect(has('active_docs.cumulative', 'active_docs.year')).toBe(true);
    expect(has('active_docs.year', 'active_gazette.year')).toBe(true);
    expect(has('replies.cumulative', 'reply_other.cumulative')).toBe(true);
    expect(has('requests.year', 'reply_granted.year')).toBe(false);
    const values: Record<string, number> = { 'stat.requests.year': 3, 'stat.req_in_person.year': 11 };
    expect(boundsHold(bounds, (k) => values[k])).toBe(false);
  });
});
