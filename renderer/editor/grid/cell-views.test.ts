// cellViews marks a total over blank cells as incomplete (grid shows 未完; print shows —).
import { createDraft } from '../../../shared/draft/create';
import { evaluate } from '../../../shared/engine';
import { getFormat } from '../../../shared/formats';
import { cellViews } from './cell-views';

const format = getFormat('gov-2021');
const t3 = format.tables.find((t) => t.id === 't3')!;

describe('cellViews incomplete totals', () => {
  it('marks a total whose inputs are partly blank, and not one whose inputs are all filled', () => {
    const base = createDraft({ agency: '甲街道', year: 2024 });
    const cells: Record<string, number> = { 't3.new.natural': 3 };
    for (const c of ['commercial', 'research', 'social', 'legal', 'other_org']) cells[`t3.carried.${c}`] = 0;
    cells['t3.carried.natural'] = 1;
    const draft = { ...base, cells };
    const views = cellViews(format, t3, draft, evaluate(format, draft));
    expect(views.get('t3.new.total')).toMatchObject({ value: 3, incomplete: true });
    expect(views.get('t3.carried.total')).toMatchObject({ value: 1, incomplete: false });
    expect(views.get('t3.new.natural')?.incomplete).toBe(false);
  });
  it('tells the figure an imported report printed for a total', () => {
    const base = createDraft({ agency: '甲街道', year: 2024 });
    const draft = { ...base, cells: { 't3.new.natural': 871 }, stated: { 't3.new.total': 1191 } };
    const views = cellViews(format, t3, draft, evaluate(format, draft));
    expect(views.get('t3.new.total')?.hint).toBe('导入的报告中印为 1191（修改任一加项后以各项之和为准）');
  });
});
