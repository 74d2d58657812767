// Figures a report's own text states for a table row ("2015年主动公开政府信息2949条"), to read figures run together.
import { nfkc } from './normalize';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The figures stated right after one of `phrases` (a few words between, no other figure) and followed by `unit`, in
 * sentences of the prose that name the report year ("2012年全县共收到有关政府信息公开的申请21条，…"). Sentences about
 * other years (历年累计, last year's figures) say nothing about this year's column.
 */
export function statedFigures(
  prose: string,
  year: number | null,
  phrases: readonly string[],
  unit: string,
): Set<number> {
  const out = new Set<number>();
  if (year === null || phrases.length === 0) return out;
  const pattern = new RegExp(
    `(?:${phrases.map(escape).join('|')})[^\\d。；;，,]{0,4}?(\\d+)\\s*${escape(unit)}`,
    'g',
  );
  for (const sentence of nfkc(prose).split(/[。!?！？\n]/)) {
    if (!sentence.includes(`${year}年`)) continue;
    for (const m of sentence.matchAll(pattern)) out.add(Number(m[1]));
  }
  return out;
}
