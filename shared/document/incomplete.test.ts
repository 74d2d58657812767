// A total over blank cells prints as “—”, never as a figure that looks final (preview, PDF, DOCX, HTML).
import { createDraft } from '../draft/create';
import { evaluate } from '../engine';
import { getFormat } from '../formats';
import { buildDocument } from './build';
import type { DocTable } from './model';

const format = getFormat('gov-2021');

it('prints incomplete totals as — and complete ones as numbers', () => {
  const base = createDraft({ agency: '甲街道', year: 2024 });
  const cells: Record<string, number> = { 't3.new.natural': 871 };
  for (const c of ['natural', 'commercial', 'research', 'social', 'legal', 'other_org'])
    cells[`t3.carried.${c}`] = 0;
  const draft = { ...base, cells };
  const { values, incomplete } = evaluate(format, draft);
  const doc = buildDocument(format, draft, values, incomplete);
  const t3 = doc.blocks.find((b): b is DocTable => b.kind === 'table' && b.id === 't3');
  const row = (label: string) => t3?.bodyRows.find((r) => r.some((c) => c.text.startsWith(label))) ?? [];
  const last = (label: string) => row(label)[row(label).length - 1]?.text;
  expect(last('一、本年新收')).toBe('—');
  expect(last('二、上年结转')).toBe('0');
});
