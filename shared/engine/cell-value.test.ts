// Rule V-1 and the IPC boundary: values a column cannot hold (−5 in an int column, 1.5, 1e308) are flagged and refused.
import { createDraft } from '../draft/create';
import { draftChannels } from '../ipc/draft-channels';
import { getFormat } from '../formats';
import { cellValueProblem } from './cell-value';
import { evaluate } from './evaluate';

const format = getFormat('gov-2021');
const draft = (cells: Record<string, number | null>) => ({
  ...createDraft({ agency: '某区政府办', year: 2024 }),
  cells,
});

describe('cellValueProblem', () => {
  it('knows each column type', () => {
    expect(cellValueProblem({ type: 'int' }, 5)).toBeNull();
    expect(cellValueProblem({ type: 'int' }, -5)).toBe('不能为负数');
    expect(cellValueProblem({ type: 'int' }, 1.5)).toBe('应为整数');
    expect(cellValueProblem({ type: 'int' }, 1e308)).toMatch(/过大/);
    expect(cellValueProblem({ type: 'signed-int' }, -5)).toBeNull();
    expect(cellValueProblem({ type: 'signed-int' }, -1.5)).toBe('应为整数');
    expect(cellValueProblem({ type: 'decimal', decimals: 6 }, 12.345678)).toBeNull();
    expect(cellValueProblem({ type: 'decimal', decimals: 6 }, 0.1234567)).toBe('最多 6 位小数');
    expect(cellValueProblem({ type: 'decimal' }, -0.5)).toBe('不能为负数');
    expect(cellValueProblem({ type: 'decimal' }, 999_999_999_999.5)).toBeNull();
    expect(cellValueProblem({ type: 'decimal' }, 1e12)).toMatch(/过大/);
  });
});

describe('V-1 in the engine', () => {
  it('flags impossible values found in a file, and nothing for good ones', () => {
    const bad = evaluate(
      format,
      draft({ 't3.new.natural': -5, 't3.new.commercial': 1.5, 't2_8.fees.amount': 1e308 }),
    );
    const v1 = bad.issues.filter((i) => i.ruleId === 'V-1');
    expect(v1.map((i) => i.cells[0]).sort()).toEqual([
      't2_8.fees.amount',
      't3.new.commercial',
      't3.new.natural',
    ]);
    expect(v1.every((i) => i.level === 'error' && /[\u4e00-\u9fff]/.test(i.message))).toBe(true);
    const good = evaluate(format, draft({ 't3.new.natural': 5, 't2_8.fees.amount': 1.25 }));
    expect(good.issues.some((i) => i.ruleId === 'V-1')).toBe(false);
  });
});

describe('drafts:save at the IPC boundary', () => {
  const schema = draftChannels['drafts:save'].request;
  it.each([-5, 1.5, 1e308])('refuses %p in an int column with a Chinese message', (value) => {
    const result = schema.safeParse({ draft: draft({ 't3.new.natural': value }) });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(['draft', 'cells', 't3.new.natural']);
    expect(issue?.message).toMatch(/^“表三.*自然人.*”的值 .* 无效：.*，未保存$/);
  });
  it('accepts good values and speaks Chinese for other refusals too', () => {
    expect(schema.safeParse({ draft: draft({ 't3.new.natural': 3, 't2_8.fees.amount': 0.5 }) }).success).toBe(
      true,
    );
    const wrong = schema.safeParse({ draft: { ...draft({}), year: '2024' } });
    expect(wrong.error?.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
