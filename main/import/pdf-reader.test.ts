// PDF pages put together: a browser's running head and foot are dropped, the report's own lines kept.
import type { SourceBlock } from '../../shared/import/types';
import { withoutRunningLines, type PageOut } from './pdf-reader';

const line = (text: string): SourceBlock => ({ kind: 'line', text });
const page = (...texts: string[]): PageOut => ({ blocks: texts.map(line), tables: [], foot: 50 });
const texts = (pages: readonly PageOut[]) =>
  pages.map((p) => p.blocks.map((b) => (b.kind === 'line' ? b.text : '')));

describe('withoutRunningLines', () => {
  it('drops the head and foot a browser prints on every page (date, title, address, page x/y)', () => {
    const pages = [
      page(
        '11/29/26, 9:35 PM 2019年某某政府信息公开工作年度报告',
        '2019年某某政府信息公开工作年度报告',
        '一、总体情况',
        'about:blank 1/3',
      ),
      page('11/29/26, 9:35 PM 2019年某某政府信息公开工作年度报告', '正文', 'about:blank 2/3'),
      page(
        '11/29/26, 9:35 PM 2019年某某政府信息公开工作年度报告',
        '六、其他需要报告的事项',
        'about:blank 3/3',
      ),
    ];
    expect(texts(withoutRunningLines(pages))).toEqual([
      ['2019年某某政府信息公开工作年度报告', '一、总体情况'],
      ['正文'],
      ['六、其他需要报告的事项'],
    ]);
  });

  it('keeps a single page and lines that only one page starts or ends with', () => {
    expect(texts(withoutRunningLines([page('标题', '正文 1')]))).toEqual([['标题', '正文 1']]);
    const pages = [page('标题', '一、总体情况'), page('（二）依申请公开', '正文')];
    expect(texts(withoutRunningLines(pages))).toEqual([
      ['标题', '一、总体情况'],
      ['（二）依申请公开', '正文'],
    ]);
  });
});
