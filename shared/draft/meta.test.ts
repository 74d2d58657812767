// Draft metadata: the 落款机关 follows the 机关名称; 成文日期 parsing refuses impossible dates.
import { agencyPatch, chineseDate, parseSignatureDate } from './meta';

describe('agencyPatch', () => {
  it('carries the signature along while it matched', () => {
    expect(agencyPatch({ agency: '甲', signature: { agency: '甲', date: '' } }, '乙')).toEqual({
      agency: '乙',
      signature: { agency: '乙' },
    });
    expect(agencyPatch({ agency: '甲', signature: { agency: '', date: '' } }, '乙').signature).toEqual({
      agency: '乙',
    });
  });
  it('leaves a different signature alone', () => {
    expect(agencyPatch({ agency: '甲', signature: { agency: '丙', date: '' } }, '乙')).toEqual({
      agency: '乙',
    });
  });
});

describe('parseSignatureDate', () => {
  it.each([
    ['2025-01-20', '2025-01-20'],
    ['2025/1/5', '2025-01-05'],
    ['2025年1月20日', '2025-01-20'],
    ['２０２５年２月２８日', '2025-02-28'],
    ['2024-02-29', '2024-02-29'],
    ['  ', ''],
  ])('%s → %s', (text, iso) => expect(parseSignatureDate(text)).toEqual({ ok: true, iso }));

  it.each([
    ['2025-02-30', '2025年2月没有30日'],
    ['2025-02-29', '2025年2月没有29日'],
    ['1900-02-28', '年份应在'],
    ['2025-13-01', '月份应为'],
    ['20250120', '成文日期应写成'],
    ['明年一月', '成文日期应写成'],
  ])('%s is refused', (text, reason) => {
    const r = parseSignatureDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('prints dates the Chinese way', () => {
    expect(chineseDate('2025-01-05')).toBe('2025年1月5日');
    expect(chineseDate('')).toBe('');
  });
});
