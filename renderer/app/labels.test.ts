// Labels on the cards: the publication deadline of a report and how far away it is.
import { deadlineLabel } from './labels';

describe('deadlineLabel', () => {
  const now = new Date(2026, 10, 21, 15, 30); // 2026-11-21, local time
  it('counts the days to 1月31日 of the next year', () => {
    expect(deadlineLabel(2026, '01-31', now)).toEqual({ text: '2027年1月31日（还有 71 天）', kind: 'ok' });
  });
  it('marks the last two weeks, the day itself and a recent miss', () => {
    expect(deadlineLabel(2025, '01-31', new Date(2026, 0, 20))?.kind).toBe('soon');
    expect(deadlineLabel(2025, '01-31', new Date(2026, 0, 31, 23))).toEqual({
      text: '2026年1月31日（今天）',
      kind: 'soon',
    });
    expect(deadlineLabel(2025, '01-31', new Date(2026, 1, 3))).toEqual({
      text: '2026年1月31日（已过 3 天）',
      kind: 'late',
    });
  });
  it('says nothing for long-past deadlines or an unreadable setting', () => {
    expect(deadlineLabel(2025, '01-31', now)).toBeNull();
    expect(deadlineLabel(2026, '02-30', now)).toBeNull();
    expect(deadlineLabel(2026, '1-31', now)).toBeNull();
  });
});
