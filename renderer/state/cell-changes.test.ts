// The grid's edit path releases a printed total of an imported report once one of its inputs changes (F1).
import { createDraft } from '../../shared/draft/create';
import { getFormat } from '../../shared/formats';
import { applyCellChanges } from './cell-changes';

const format = getFormat('gov-2021');
const NOW = '2026-01-05T08:00:00.000Z';

it('releases the totals the edited cell feeds and keeps the others', () => {
  const base = createDraft({ agency: '甲街道', year: 2024, id: 'd1', now: NOW });
  const draft = {
    ...base,
    cells: { 't3.new.natural': 4, 't3.carried.natural': 0 },
    stated: { 't3.new.total': 4, 't3.carried.total': 0 },
  };
  const r = applyCellChanges(format, draft, [{ key: 't3.new.natural', value: 5 }], NOW);
  expect(r.ok && r.draft.stated).toEqual({ 't3.carried.total': 0 });
  const same = applyCellChanges(format, draft, [{ key: 't3.new.natural', value: 4 }], NOW);
  expect(same.ok && same.draft.stated).toEqual(draft.stated);
});
