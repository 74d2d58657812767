// Template lint over every format: unique keys, every reference resolves, no cycles, carry-over targets exist.
import { cellLabel, cellsOf, formatForYear, formats, inputCells } from '.';
import { formatIdSchema } from '../draft/schema';
import { computedOrder } from '../engine/evaluate';
import { TEXT_CHECK_ROLES } from './common-tables';

describe.each(formats.map((f) => [f.id, f] as const))('format %s', (_id, format) => {
  const cells = cellsOf(format);

  it('has six sections with unique ids, and every table belongs to one', () => {
    expect(format.sections).toHaveLength(6);
    expect(new Set(format.sections.map((s) => s.id)).size).toBe(6);
    const listed = format.sections.flatMap((s) => s.tableIds ?? []);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(format.tables.map((t) => t.id).sort());
    for (const t of format.tables)
      expect(format.sections.find((s) => s.id === t.sectionId)?.tableIds).toContain(t.id);
  });

  it('describes itself: a label, import markers, and key figures and a sample cell that resolve', () => {
    expect(format.label.length).toBeGreaterThan(0);
    expect(format.importMarkers.words.length).toBeGreaterThan(0);
    for (const f of format.keyFigures) for (const k of f.cells) expect(cells.has(k)).toBe(true);
    expect(inputCells(format)).toContain(format.sampleCell);
    for (let y = format.years.from; y <= Math.min(format.years.to, 2030); y++)
      expect(formatForYear(y).id).toBe(format.id);
    expect(formatIdSchema.safeParse(format.id).success).toBe(true);
  });

  it('has unique table, row and column keys', () => {
    expect(new Set(format.tables.map((t) => t.id)).size).toBe(format.tables.length);
    for (const t of format.tables) {
      expect(new Set(t.rows.map((r) => r.key)).size).toBe(t.rows.length);
      expect(new Set(t.columns.map((c) => c.key)).size).toBe(t.columns.length);
      for (const k of [t.id, ...t.rows.map((r) => r.key), ...t.columns.map((c) => c.key)]) {
        expect(k).toMatch(/^[a-z][a-z0-9_]*$/);
      }
    }
  });

  it('header rows cover exactly the printed columns', () => {
    for (const t of format.tables) {
      const stub = (t.stubColumns ?? 1) + (t.unitColumnLabel ? 1 : 0);
      const printed = stub + t.columns.length * (t.printSpan ?? 1);
      // Occupancy grid: every header row must fill `printed` columns, counting row spans from above.
      const carry = new Array<number>(t.headerRows.length).fill(0);
      t.headerRows.forEach((row, i) => {
        const width = row.reduce((s, c) => s + (c.colSpan ?? 1), 0) + (carry[i] ?? 0);
        expect(`${t.id} header row ${i}: ${width}`).toBe(`${t.id} header row ${i}: ${printed}`);
        row.forEach((c) => {
          for (let j = 1; j < (c.rowSpan ?? 1); j++) carry[i + j] = (carry[i + j] ?? 0) + (c.colSpan ?? 1);
        });
      });
    }
  });

  it('group rows span existing rows, and computed cells reference existing cells without cycles', () => {
    for (const t of format.tables) {
      for (const r of t.rows.filter((x) => x.kind === 'group')) {
        expect(r.spans?.length).toBeGreaterThan(0);
        for (const s of r.spans ?? []) expect(t.rows.some((x) => x.key === s)).toBe(true);
      }
    }
    for (const c of format.computed) {
      expect(cells.has(c.cell)).toBe(true);
      for (const s of c.sum) expect(cells.has(s)).toBe(true);
      expect(c.sum).not.toContain(c.cell);
    }
    expect(new Set(format.computed.map((c) => c.cell)).size).toBe(format.computed.length);
    expect(() => computedOrder(format)).not.toThrow();
    // Every cell of a computed row is computed.
    for (const info of cells.values()) {
      if (info.row.kind === 'computed') expect(format.computed.some((c) => c.cell === info.key)).toBe(true);
    }
  });

  it('rules reference existing cells and tables', () => {
    for (const r of format.rules) {
      expect(r.id).toMatch(/^[A-Z][A-Z0-9]*-\d+$/);
      if (r.kind === 'compare') for (const t of [...r.left, ...r.right]) expect(cells.has(t.cell)).toBe(true);
      if (r.kind === 'required') expect(format.tables.some((t) => t.id === r.tableId)).toBe(true);
    }
  });

  it('carry-over targets are input cells and their terms exist in the source formats', () => {
    const inputs = new Set(inputCells(format));
    for (const r of format.crossYear) {
      expect(r.id).toMatch(/^C\d$/);
      if (r.prefill) expect(inputs.has(r.target)).toBe(true);
      for (const t of r.terms) {
        if (t.from === 'cur') expect(cells.has(t.cell)).toBe(true);
        else
          for (const pf of r.prevFormats)
            expect(cellsOf(formats.find((f) => f.id === pf)!).has(t.cell)).toBe(true);
      }
    }
  });
});

describe('official table shapes', () => {
  const [f2021, f2019] = formats;
  it('2021 table 三 has 25 data rows × 7 columns, 2019 has 23', () => {
    const count = (f: (typeof formats)[number]) =>
      f.tables.find((t) => t.id === 't3')!.rows.filter((r) => r.kind !== 'group').length;
    expect(count(f2021!)).toBe(25);
    expect(count(f2019!)).toBe(23);
    expect([...cellsOf(f2021!).keys()].filter((k) => k.startsWith('t3.'))).toHaveLength(175);
  });
  it('table 四 has 15 cells of which 3 are computed', () => {
    const t4 = [...cellsOf(f2021!).values()].filter((c) => c.table.id === 't4');
    expect(t4).toHaveLength(15);
    expect(t4.filter((c) => c.computed)).toHaveLength(3);
  });
  it('2019 → 2021 carries table 三 but not table 二', () => {
    const targets = f2021!.crossYear.filter((r) => r.prevFormats.includes('gov-2019')).map((r) => r.target);
    expect(targets.length).toBe(6);
    expect(targets.every((t) => t.startsWith('t3.carried.'))).toBe(true);
  });
});

describe('cell names', () => {
  it.each(formats.map((f) => [f.id, f] as const))(
    '%s: every role names existing cells, and every text check has the roles it reads',
    (_id, format) => {
      const cells = cellsOf(format);
      for (const [role, value] of Object.entries(format.roles)) {
        const keys = typeof value === 'string' ? [value] : (value as readonly string[]);
        expect(keys.length).toBeGreaterThan(0);
        for (const k of keys) expect(`${role} → ${k}: ${cells.has(k)}`).toBe(`${role} → ${k}: true`);
      }
      for (const rule of format.rules) {
        if (rule.kind !== 'text') continue;
        for (const role of TEXT_CHECK_ROLES[rule.check])
          expect(`${rule.id} needs ${role}: ${format.roles[role] !== undefined}`).toBe(
            `${rule.id} needs ${role}: true`,
          );
      }
      if (format.rules.some((r) => r.kind === 'text' && r.check === 'figures-in-text'))
        expect(format.overviewSectionId).toBeDefined();
    },
  );
  it.each(formats.map((f) => [f.id, f] as const))(
    '%s: every cell has a unique accessible name',
    (_id, format) => {
      const names = [...cellsOf(format).keys()].map((k) => cellLabel(format, k));
      expect(new Set(names).size).toBe(names.length);
    },
  );
  it('accepts only registered format ids', () => {
    expect(formatIdSchema.safeParse('gov-2030').success).toBe(false);
  });
  it('names 表四 cells by their header path', () => {
    expect(cellLabel(formats[0]!, 't4.cases.after_upheld')).toBe('表四 件数 行政诉讼 复议后起诉 结果维持');
    expect(cellLabel(formats[0]!, 't3.new.natural')).toBe('表三 一、本年新收政府信息公开申请数量 自然人');
  });
});
