// Offering canonical sub-headings: which are missing and where a chosen one goes.
import { insertSubHeading, missingSubHeadings } from './sub-headings';

const H = ['（一）主动公开', '（二）依申请公开', '（三）政府信息管理'];

describe('sub-headings', () => {
  it('lists the canonical headings not yet present, tolerating half-width brackets and spaces', () => {
    expect(missingSubHeadings('', H)).toEqual(H);
    expect(missingSubHeadings('(一) 主动公开\n正文', H)).toEqual(['（二）依申请公开', '（三）政府信息管理']);
  });

  it('inserts before the next canonical heading present, else at the end', () => {
    const text = '（一）主动公开\n甲。\n（三）政府信息管理\n乙。';
    expect(insertSubHeading(text, '（二）依申请公开', H)).toBe(
      '（一）主动公开\n甲。\n（二）依申请公开\n（三）政府信息管理\n乙。',
    );
    expect(insertSubHeading('（一）主动公开\n甲。', '（三）政府信息管理', H)).toBe(
      '（一）主动公开\n甲。\n（三）政府信息管理',
    );
    expect(insertSubHeading('', '（一）主动公开', H)).toBe('（一）主动公开');
  });

  it('keeps every paragraph the clerk wrote', () => {
    const text = '开头一段。\n\n（二）依申请公开\n乙。';
    const out = insertSubHeading(text, '（一）主动公开', H);
    expect(out.split('\n').filter((l) => l !== '')).toEqual([
      '开头一段。',
      '（一）主动公开',
      '（二）依申请公开',
      '乙。',
    ]);
  });
});
