// Tests of the printed layout: row-group labels spanning their rows, stub widths, value spans, every cell placed once.
import { cellLabel, formats, getFormat, inputCells, tableById } from '../../../shared/formats';
import { accessibleNames, columnHeaderPaths, gridLayout } from './grid-layout';

const gov2021 = getFormat('gov-2021');
const t3 = tableById(gov2021, 't3');
if (!t3) throw new Error('表三 missing');

describe('表三 (2021)', () => {
  const layout = gridLayout(t3);
  const byKey = new Map(layout.rows.map((r) => [r.row.key, r]));

  it('has one grid row per data row: 25 rows × 7 columns = 175 cells', () => {
    expect(layout.rows).toHaveLength(25);
    expect(layout.rows.flatMap((r) => r.keys)).toHaveLength(175);
  });

  it('prints top-level rows across the three label columns', () => {
    expect(byKey.get('new')?.stubs).toEqual([
      { label: '一、本年新收政府信息公开申请数量', rowSpan: 1, colSpan: 3, level: 0, group: false },
    ]);
    expect(byKey.get('carry_forward')?.stubs[0]?.colSpan).toBe(3);
  });

  it('prints 三、本年度办理结果 once, spanning all 22 result rows (（七）总计 included)', () => {
    const granted = byKey.get('granted')?.stubs ?? [];
    expect(granted.map((s) => [s.label, s.rowSpan, s.colSpan])).toEqual([
      ['三、本年度办理结果', 22, 1],
      ['（一）予以公开', 1, 2],
    ]);
    const groupCells = layout.rows.flatMap((r) => r.stubs).filter((s) => s.label === '三、本年度办理结果');
    expect(groupCells).toHaveLength(1);
  });

  it('prints （三）不予公开 spanning its eight items, which take the third label column', () => {
    const first = byKey.get('withheld_secret')?.stubs ?? [];
    expect(first.map((s) => [s.label, s.rowSpan, s.colSpan])).toEqual([
      ['（三）不予公开', 8, 1],
      ['1.属于国家秘密', 1, 1],
    ]);
    expect(byKey.get('withheld_law')?.stubs).toHaveLength(1);
    expect(byKey.get('results_total')?.stubs.map((s) => s.colSpan)).toEqual([2]);
  });

  it('every printed row takes exactly three label columns', () => {
    const open: number[] = [];
    layout.rows.forEach((r, i) => {
      const carried = open.filter((until) => until >= i).length;
      const own = r.stubs.reduce((n, s) => n + s.colSpan, 0);
      expect(carried + own).toBe(3);
      for (const s of r.stubs) if (s.rowSpan > 1) open.push(i + s.rowSpan - 1);
    });
  });
});

it('表二（五） prints its one figure across three columns; 表四 has no label column', () => {
  const t25 = tableById(gov2021, 't2_5');
  const t4 = tableById(gov2021, 't4');
  if (!t25 || !t4) throw new Error('tables missing');
  expect(gridLayout(t25).valueSpan).toBe(3);
  expect(gridLayout(t4).rows[0]?.stubs).toEqual([]);
  expect(gridLayout(t4).rows[0]?.keys).toHaveLength(15);
});

it('the pre-2019 statistics table prints a unit per row', () => {
  const stat = tableById(getFormat('pre-2019'), 'stat');
  if (!stat) throw new Error('stat missing');
  expect(gridLayout(stat).rows.map((r) => r.unit)).toContain('件');
  expect(gridLayout(stat).rows[0]?.unit).toBe('条');
});

it.each(formats.map((f) => [f.id, f] as const))(
  '%s: every input cell is placed once with a full accessible name',
  (_, f) => {
    const placed = f.tables.flatMap((t) => gridLayout(t).rows.flatMap((r) => r.keys));
    expect(new Set(placed).size).toBe(placed.length);
    for (const key of inputCells(f)) {
      expect(placed).toContain(key);
      expect(cellLabel(f, key).split(' ').length).toBeGreaterThanOrEqual(3);
    }
  },
);

it('表四: header paths of the columns, and accessible names made unique with them', () => {
  const t4 = tableById(gov2021, 't4');
  if (!t4) throw new Error('表四 missing');
  const paths = columnHeaderPaths(t4);
  expect(paths[0]).toEqual(['行政复议', '结果维持']);
  expect(paths[5]).toEqual(['行政诉讼', '未经复议直接起诉', '结果维持']);
  expect(paths[14]).toEqual(['行政诉讼', '复议后起诉', '总计']);
  const names = accessibleNames(gov2021, t4);
  expect(names.get('t4.cases.direct_upheld')).toBe('表四 件数 行政诉讼 未经复议直接起诉 结果维持');
  expect(new Set(names.values()).size).toBe(15);
});

it.each(formats.map((f) => [f.id, f] as const))('%s: names are cellLabel wherever that is unique', (_, f) => {
  for (const t of f.tables) {
    const names = accessibleNames(f, t);
    expect(new Set(names.values()).size).toBe(names.size);
    if (t.id !== 't4') for (const [k, n] of names) expect(n).toBe(cellLabel(f, k));
  }
  const t3 = tableById(f, 't3');
  if (t3) expect(columnHeaderPaths(t3)[1]).toEqual(['申请人情况', '法人或其他组织', '商业企业']);
});
