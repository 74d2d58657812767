// applyCellChanges gives exactly what the engine's setCell gives, for every cell of every format, linked or not.
import { carryOver, createDraft } from '../../shared/draft/create';
import type { Draft } from '../../shared/draft/schema';
import { setCell } from '../../shared/engine';
import { cellsOf, formats } from '../../shared/formats';
import { applyCellChanges } from './cell-changes';

const NOW = '2026-02-01T00:00:00.000Z';

function carried(formatId: Draft['formatId'], year: number): Draft {
  const prev = createDraft({ agency: '某某局', year: year - 1, formatId, id: 'prev' });
  const cells = Object.fromEntries(
    [...cellsOf(formats.find((f) => f.id === formatId)!).keys()].map((k, i) => [k, i % 5]),
  );
  return carryOver({ ...prev, cells }, { year, formatId, id: 'cur', now: NOW });
}

describe.each(formats.map((f) => [f.id, f] as const))('%s', (_, format) => {
  const drafts = [
    createDraft({ agency: '某某局', year: format.years.from, formatId: format.id }),
    carried(format.id, format.years.from + 1),
  ];
  it.each([7, null])('setting every cell to %p matches the engine', (value) => {
    for (const draft of drafts) {
      for (const key of cellsOf(format).keys()) {
        const mine = applyCellChanges(format, draft, [{ key, value }], NOW);
        const engine = setCell(format, draft, key, value, { now: NOW });
        const info = cellsOf(format).get(key);
        if (mine.ok && mine.changed === 0) {
          // Blank onto a blank carried cell changes nothing: skipped, where the engine would ask for a reason.
          expect(mine.draft).toBe(draft);
          expect(value === null && !info?.computed && (draft.cells[key] ?? null) === null).toBe(true);
        } else if (engine.ok) {
          expect(mine.ok).toBe(true);
          const got = mine.ok ? mine.draft : draft;
          expect({ ...got.cells, [key]: got.cells[key] ?? null }).toEqual({
            ...engine.draft.cells,
            [key]: engine.draft.cells[key] ?? null,
          });
          expect(got.overrides).toEqual(engine.draft.overrides);
        } else {
          expect(mine).toEqual({ ok: false, problems: [{ key, reason: engine.reason }] });
        }
      }
    }
  });
});
