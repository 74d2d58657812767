// Printing drafts, issues and formats for the CLI (plain Chinese text or JSON).
import { cellsOf, formats, getFormat, newestFormat } from '../../../shared/formats';
import { countIssues, evaluate, type Issue } from '../../../shared/engine';
import { formatCell } from '../../../shared/engine/format-cell';
import { chineseDate } from '../../../shared/draft/meta';
import type { Draft } from '../../../shared/draft/schema';

const out = (s: string) => process.stdout.write(s + '\n');

export function printShow(draft: Draft, json: boolean): void {
  const format = getFormat(draft.formatId);
  const ev = evaluate(format, draft);
  const info = cellsOf(format);
  if (json) {
    const cells: Record<string, number | null> = {};
    for (const key of info.keys()) cells[key] = ev.values[key] ?? null;
    out(
      JSON.stringify(
        {
          format: format.id,
          year: draft.year,
          agency: draft.agency,
          signature: draft.signature,
          contact: draft.contact,
          preamble: draft.preamble,
          texts: Object.fromEntries(format.sections.map((sec) => [sec.id, draft.texts[sec.id] ?? ''])),
          cells,
          computed: [...info.values()].filter((c) => c.computed).map((c) => c.key),
          carried: Object.fromEntries(Object.entries(ev.linked).map(([k, l]) => [k, l.explain])),
          blanks: ev.blanks,
          ...(draft.rollup ? { rollup: draft.rollup } : {}),
        },
        null,
        2,
      ),
    );
    return;
  }
  out(`${draft.agency} ${draft.year} 年度政府信息公开工作年度报告（${format.name}）`);
  const date = draft.signature.date ? chineseDate(draft.signature.date) : '未填写';
  out(`落款机关：${draft.signature.agency || '未填写'}；成文日期：${date}`);
  for (const table of format.tables) {
    out(`\n${table.shortName}`);
    for (const row of table.rows) {
      if (row.kind === 'group') {
        out(`  ${row.label}`);
        continue;
      }
      const parts = table.columns.map((col) => {
        const key = `${table.id}.${row.key}.${col.key}`;
        const v = ev.values[key] ?? null;
        const mark = info.get(key)?.computed ? '（计）' : ev.linked[key] ? '（结转）' : '';
        return `${col.label} ${v === null ? '—' : formatCell(v, col)}${mark}`;
      });
      out(`  ${row.label}：${parts.join('；')}`);
    }
  }
  out(`\n未填写 ${ev.blanks.length} 个单元格；“—”表示未填写，（计）为自动计算，（结转）为按上年报告结转。`);
}

export function printIssues(draft: Draft, issues: readonly Issue[], json: boolean): void {
  const counts = countIssues(issues);
  if (json) {
    out(
      JSON.stringify(
        { format: draft.formatId, year: draft.year, agency: draft.agency, ...counts, issues },
        null,
        2,
      ),
    );
    return;
  }
  if (issues.length === 0) {
    out('校验通过：没有发现问题。');
    return;
  }
  const name = { error: '错误', warning: '警告', info: '提示' } as const;
  for (const i of issues) out(`[${name[i.level]} ${i.ruleId}] ${i.message}`);
  out(`\n共 ${counts.errors} 个错误、${counts.warnings} 个警告、${counts.infos} 个提示。`);
}

export function printFormats(json: boolean): void {
  if (json) {
    const data = formats.map((f) => ({
      id: f.id,
      name: f.name,
      years: f.years,
      sections: f.sections.map((s) => ({ id: s.id, heading: s.heading, kind: s.kind })),
      tables: f.tables.map((t) => ({
        id: t.id,
        name: t.shortName,
        sectionId: t.sectionId,
        rows: t.rows
          .filter((r) => r.kind !== 'group')
          .map((r) => ({ key: r.key, label: r.label, kind: r.kind })),
        columns: t.columns.map((c) => ({
          key: c.key,
          label: c.label,
          type: c.type,
          ...(c.unit ? { unit: c.unit } : {}),
        })),
        computed: f.computed.filter((c) => c.cell.startsWith(`${t.id}.`)).map((c) => c.cell),
      })),
    }));
    out(JSON.stringify({ cellKey: '<table>.<row>.<col>', formats: data }, null, 2));
    return;
  }
  for (const f of formats) {
    out(`${f.id}  ${f.name}（适用 ${f.years.from}–${f.years.to === 2100 ? '' : f.years.to} 年度）`);
    for (const t of f.tables) {
      out(`  ${t.id}  ${t.shortName}`);
      out(
        `      行：${t.rows
          .filter((r) => r.kind !== 'group')
          .map((r) => r.key)
          .join(' ')}`,
      );
      out(`      列：${t.columns.map((c) => c.key).join(' ')}`);
    }
  }
  out(`\n单元格键为 <表>.<行>.<列>，如 ${newestFormat().sampleCell}。`);
}
