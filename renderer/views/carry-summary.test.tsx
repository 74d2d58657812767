// The carry-over summary: 现行有效件数 shows last year's figure (not “上年未填”) until this year's 制发/废止 are filled.
import { render, screen } from '@testing-library/react';
import { carryOver, createDraft } from '../../shared/draft/create';
import { evaluate } from '../../shared/engine';
import { getFormat } from '../../shared/formats';
import { carriedCellText, CarrySummary } from './carry-summary';

const prev = {
  ...createDraft({ agency: '甲街道办事处', year: 2024, now: '2025-01-01T00:00:00Z', id: 'p2024' }),
  cells: { 't3.carry_forward.natural': 3, 't2_1.rules.valid': 12 },
};
const next = carryOver(prev, { year: 2025, agency: '甲街道办事处', source: '草稿' });
const format = getFormat(next.formatId);
const linked = evaluate(format, next).linked;

describe('carriedCellText', () => {
  it('gives last year’s 现行有效件数 and what is still to fill', () => {
    const link = linked['t2_1.rules.valid'];
    expect(link?.value).toBeNull();
    expect(carriedCellText(format, next, 't2_1.rules.valid', link!)).toBe(
      '上年现行有效件数 12；填写本年制发件数、本年废止件数后自动计算',
    );
  });

  it('says 上年未填 only when last year’s figure is blank', () => {
    const link = linked['t2_1.norms.valid'];
    expect(carriedCellText(format, next, 't2_1.norms.valid', link!)).toBe('（上年未填）');
  });

  it('shows a carried figure as a number', () => {
    expect(carriedCellText(format, next, 't3.carried.natural', linked['t3.carried.natural']!)).toBe('3');
  });
});

it('renders the summary rows with those texts', () => {
  render(<CarrySummary prev={prev} draft={next} sourceLabel="草稿" />);
  expect(
    screen.getByText('上年现行有效件数 12；填写本年制发件数、本年废止件数后自动计算'),
  ).toBeInTheDocument();
  expect(screen.getAllByText('（上年未填）').length).toBeGreaterThan(0);
});
