// 汇总: the district draft whose every input cell is the sum over the units' reports, with provenance per cell.
import { createDraft } from '../draft/create';
import type { Draft, Rollup } from '../draft/schema';
import { evaluate } from '../engine';
import { cellsOf, formatForYear, getFormat, type CellKey, type ReportFormat } from '../formats';
import { exactSum } from './exact-sum';
import { keyFigures, keyFiguresLine } from './key-figures';
import type { ReviewUnit } from './review';

export interface RollupOptions {
  readonly agency: string;
  readonly year: number;
  readonly id?: string;
  readonly now?: string;
}

export type RollupResult =
  | { readonly ok: true; readonly draft: Draft; readonly unresolved: readonly CellKey[] }
  | { readonly ok: false; readonly message: string };

const OUTLINE_HEAD = '【汇总提纲：各单位主要数字，供撰写参考，定稿前请删除】';

/** The first sentence of a unit's section text (at most 60 characters), for the writer's outline. */
function gist(text: string): string {
  const body = text
    .split('\n')
    .map((p) => p.trim())
    .find((p) => p.length > 12 && !/^[（(][一二三四五六七八九十]+[）)][^。]{0,20}$/.test(p));
  if (!body) return '';
  const first = body.split(/(?<=。)/)[0] ?? body;
  return first.length > 60 ? `${first.slice(0, 60)}…` : first;
}

function outline(
  format: ReportFormat,
  sectionId: string,
  units: readonly ReviewUnit[],
  values: readonly Readonly<Record<CellKey, number | null>>[],
): string {
  const lines = [OUTLINE_HEAD];
  units.forEach((u, i) => {
    const figures = keyFiguresLine(keyFigures(format, values[i] ?? {}));
    const summary = gist(u.draft.texts[sectionId] ?? '');
    lines.push(`${i + 1}. ${u.draft.agency || u.file}：${figures}${summary ? `。原文：${summary}` : ''}`);
  });
  return lines.join('\n');
}

/** Sums the units' reports; refuses (one Chinese line) mixed years or formats, or a year other than asked. */
export function rollupUnits(units: readonly ReviewUnit[], options: RollupOptions): RollupResult {
  if (units.length === 0) return { ok: false, message: '没有可汇总的报告' };
  const years = [...new Set(units.map((u) => u.draft.year))].sort();
  if (years.length > 1) {
    return {
      ok: false,
      message: `各单位报告的年度不一致（${years.join('、')}），请只选同一年度的报告再汇总`,
    };
  }
  const formatIds = [...new Set(units.map((u) => u.draft.formatId))];
  if (formatIds.length > 1) {
    const names = formatIds.map((id) => getFormat(id).name).join('、');
    return { ok: false, message: `各单位报告的格式不一致（${names}），不能汇总` };
  }
  if (years[0] !== options.year) {
    return {
      ok: false,
      message: `各单位报告为 ${String(years[0])} 年度，与要汇总的 ${options.year} 年度不符`,
    };
  }
  const first = units[0]?.draft.formatId;
  const format = first ? getFormat(first) : formatForYear(options.year);
  // Each unit's values as the engine sees them: carried cells (上年结转, 现行有效件数 …) included.
  const values = units.map((u) => evaluate(format, u.draft).values);
  const unresolvedOf = units.map((u) => new Set(u.unresolved.map((c) => c.cell)));
  const cells: Record<CellKey, number | null> = {};
  const provenance: Rollup['cells'] = {};
  const unresolved: CellKey[] = [];
  for (const info of cellsOf(format).values()) {
    if (info.computed) continue;
    const key = info.key;
    const entries = units.map((_, i) => {
      const value = values[i]?.[key] ?? null;
      const unsure = unresolvedOf[i]?.has(key) ?? false;
      return unsure ? { unit: i, value, unresolved: true } : { unit: i, value };
    });
    const sum = exactSum(
      entries.map((e) => e.value),
      info.column.type,
    );
    const someBlank = entries.some((e) => e.value === null);
    const unsure = entries.some((e) => e.unresolved === true);
    cells[key] = sum;
    if (sum === null && !unsure) continue; // blank only where every unit is blank
    provenance[key] = entries;
    if (unsure || someBlank) unresolved.push(key);
  }
  const base = createDraft({
    agency: options.agency,
    year: options.year,
    formatId: format.id,
    ...(options.id ? { id: options.id } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const texts: Record<string, string> = { ...base.texts };
  for (const s of format.sections) {
    if (s.kind !== 'text' && s.id !== format.overviewSectionId) continue;
    const skeleton = base.texts[s.id] ?? '';
    texts[s.id] = skeleton
      ? `${outline(format, s.id, units, values)}\n${skeleton}`
      : outline(format, s.id, units, values);
  }
  const rollup: Rollup = {
    units: units.map((u) => ({ agency: u.draft.agency, file: u.file })),
    cells: provenance,
    ...(unresolved.length > 0 ? { unresolved } : {}),
  };
  return { ok: true, draft: { ...base, cells, texts, rollup }, unresolved };
}

/**
 * “各单位合计：甲街道 3，乙镇 2（需核对），丙局 未填” — the provenance of one cell for the cell bubble and the CLI;
 * at most `limit` units are named.
 */
export function provenanceLine(rollup: Rollup, key: CellKey, limit = 12): string | null {
  const entries = rollup.cells[key];
  if (!entries) return null;
  const parts = entries.slice(0, limit).map((e) => {
    const name = rollup.units[e.unit]?.agency || rollup.units[e.unit]?.file || `单位${e.unit + 1}`;
    const v = e.value === null ? '未填' : String(e.value);
    return `${name} ${v}${e.unresolved ? '（需核对）' : ''}`;
  });
  const more = entries.length > limit ? `……另有 ${entries.length - limit} 个单位` : '';
  const check = rollup.unresolved?.includes(key) ? '需核对（有单位未填写或导入时未能确认）。' : '';
  return `${check}各单位合计：${parts.join('，')}${more}`;
}
