// Import of a published report: source document → detected format, year, agency, figures, texts and a report.
import { createDraft } from '../draft/create';
import type { Draft } from '../draft/schema';
import { evaluate } from '../engine/evaluate';
import { cellLabel } from '../formats';
import type { ReportFormat, TableDef } from '../formats/types';
import { chooseFormat, detectFormat, detectYear, findContact, findTitle, officeName } from './meta';
import { squash } from './normalize';
import { findHeadings, findSignature } from './outline';
import { assignRows, type RowHit } from './rows';
import { layoutColumns } from './layout-columns';
import { relineBlocks } from './reline';
import { preambleText, regionsOf, sectionText } from './sections';
import { solveTable, type TableResult } from './solve';
import { blockTokens, isProse } from './tokens';
import type { ImportReport, SourceDoc } from './types';

export type * from './types';
export { textDocument } from './text-shapes';

/** Input that is not a report or cannot be read; the message is fit to show to the clerk. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface ImportOptions {
  readonly fileName: string;
  readonly now?: string;
  readonly id?: string;
}

export interface ImportResult {
  readonly draft: Draft;
  readonly report: ImportReport;
}

function docText(doc: SourceDoc): string {
  return doc.blocks
    .map((b) => (b.kind === 'line' ? b.text : b.rows.map((r) => r.map((c) => c.text).join(' ')).join('\n')))
    .join('\n');
}

function tablesOf(format: ReportFormat, sectionIds: readonly string[]): TableDef[] {
  return format.tables.filter((t) => sectionIds.includes(t.sectionId));
}

const NUMERALS = '一二三四五六七八九十';

export function importDocument(doc: SourceDoc, options: ImportOptions): ImportResult {
  const allText = docText(doc);
  if (squash(allText).length < 10) throw new ImportError('文件中没有可读的文字内容。');
  const guess = detectFormat(allText);
  const firstYear = detectYear(allText, findTitle(doc.blocks, doc.blocks.length), findSignature(doc.blocks));
  const chosen = chooseFormat(guess, firstYear.year);
  if (!chosen) {
    throw new ImportError(
      '文件内容不像政府信息公开工作年度报告：没有找到报告标题、年度或“主动公开政府信息情况”等统计表格。',
    );
  }
  const format = chosen.format;
  // A page flattened to one line gets its lines back from the format's headings and row labels.
  const blocks = relineBlocks(doc.blocks, format);
  const signature = findSignature(blocks);
  const yearGuess = detectYear(allText, findTitle(blocks, blocks.length), signature);
  const headings = findHeadings(blocks, format);
  const firstHeading = Math.min(...headings.map((h) => h.block), blocks.length);
  const title = findTitle(blocks, firstHeading);
  const year = title?.year ?? yearGuess.year;
  const notes: string[] = [];

  const regions = regionsOf(format, headings, blocks.length);
  // Pages of text laid out in spaces: a form feed starts a new one.
  const pages: number[] = [];
  blocks.forEach((b, i) =>
    pages.push((pages[i - 1] ?? 0) + (b.kind === 'line' && b.text.includes('\f') ? 1 : 0)),
  );
  const pageOf = (block: number) => pages[block] ?? 0;
  const hits: RowHit[] = [];
  /** Tables whose section had figures that no row label claimed: a row not found may be among them. */
  const unplaced = new Map<string, string>();
  for (const region of regions) {
    const tables = tablesOf(format, region.sectionIds);
    if (tables.length === 0) continue;
    const tokens = [];
    for (let i = region.start; i < region.end; i++) {
      const b = blocks[i];
      if (b) tokens.push(...blockTokens(b, i, blocks[i + 1]));
    }
    const r = assignRows(layoutColumns(tokens, tables, pageOf), tables);
    hits.push(...r.hits);
    for (const s of r.strays) notes.push(`${s.reason}的数字：${s.source}`);
    if (r.strays.length > 0) for (const t of tables) unplaced.set(t.id, r.strays[0]?.source ?? '');
  }
  // The report's sentences, where it may state a figure of a table in words (RowDef.statedAs).
  const prose = blocks.flatMap((b) => (b.kind === 'line' && isProse(b.text) ? [b.text] : [])).join('\n');
  const results = new Map<string, TableResult>();
  for (const table of format.tables) {
    results.set(
      table.id,
      solveTable(
        format,
        table,
        hits.filter((h) => h.table === table),
        unplaced.get(table.id),
        { prose, year },
      ),
    );
  }
  const readCells = [...results.values()].reduce((n, r) => n + r.confidence.read, 0);
  if (!title && headings.length < 2 && readCells === 0) {
    throw new ImportError(
      '文件内容不像政府信息公开工作年度报告：没有找到报告标题、“一、总体情况”等部分标题或统计表格。',
    );
  }
  if (year === null) {
    throw new ImportError(
      '无法确定报告年度：标题、统计期限和落款日期中都没有找到年份。请确认文件是完整的年度报告。',
    );
  }
  if (year < 2000 || year > 2100) {
    throw new ImportError(
      `识别出的报告年度 ${year} 不在 2000—2100 年之间，请确认文件是否为政府信息公开工作年度报告。`,
    );
  }
  if (!guess.formatId) notes.push(chosen.reason);
  if (year < format.years.from || year > format.years.to) {
    notes.push(`报告年度 ${year} 与识别出的表格格式（${format.name}）通常适用的年度不一致，请核对`);
  }

  const skip = new Set<number>([...(title?.blocks ?? []), ...(signature?.blocks ?? [])]);
  const texts: Record<string, string> = {};
  for (const section of format.sections) {
    const region = regions.find((r) => r.heading?.sectionId === section.id);
    texts[section.id] = region
      ? sectionText(blocks, region, section, tablesOf(format, [section.id]), skip)
      : '';
  }
  for (const h of headings) {
    const section = format.sections.find((s) => s.id === h.sectionId);
    if (h.bySubHeading) {
      notes.push(
        `报告中没有“${section?.heading ?? ''}”这一标题，已按其小标题“${h.inlineBody ?? ''}”识别该部分，请核对`,
      );
      continue;
    }
    const canonical = section?.heading.charAt(0) ?? '';
    if (NUMERALS.includes(canonical) && h.numeral !== canonical) {
      notes.push(`标题“${h.text}”的编号与标准格式（${section?.heading}）不同，已按标题文字识别`);
    }
  }
  const missing = format.sections.filter((s) => !headings.some((h) => h.sectionId === s.id));
  if (missing.length > 0) notes.push(`未找到以下部分的标题：${missing.map((s) => s.heading).join('；')}`);

  const signed = officeName(signature?.agency ?? '');
  const agency = title?.agency || signed;
  const agencySource = title?.agency ? '标题' : signed ? '落款' : '未找到（需核对）';
  if (!agency) {
    const printed = [signature?.agency].filter((a): a is string => !!a && a !== signed);
    notes.push(
      printed.length > 0
        ? `机关名称未能确定：落款“${printed[0]}”不像机关名称，请在“报告信息”中填写`
        : '机关名称未能确定：标题和落款中都没有找到机关名称，请在“报告信息”中填写',
    );
  }
  const preamble = preambleText(blocks, firstHeading, skip);
  const base = createDraft({
    agency,
    year,
    formatId: format.id,
    ...(options.now ? { now: options.now } : {}),
    ...(options.id ? { id: options.id } : {}),
  });
  const cells: Record<string, number | null> = {};
  const stated: Record<string, number> = {};
  for (const r of results.values()) {
    Object.assign(cells, r.cells);
    Object.assign(stated, r.stated);
    notes.push(...r.notes);
  }
  const unresolved = [...results.values()].flatMap((r) => r.unresolved);
  const doubtful = new Set(unresolved.map((u) => u.cell));
  // A total over a cell that needs checking is no better than that cell: listed too, the printed figure kept.
  for (const c of format.computed) {
    const open = c.sum.filter((k) => doubtful.has(k));
    if (open.length === 0 || doubtful.has(c.cell)) continue;
    const printed = stated[c.cell];
    unresolved.push({
      cell: c.cell,
      label: cellLabel(format, c.cell),
      reason: `合计所含 ${open.length} 个单元格需核对，${printed === undefined ? '合计无法计算' : `报告印出的合计 ${printed} 已保留为依据`}`,
      source: printed === undefined ? '（合计未印出）' : String(printed),
    });
    doubtful.add(c.cell);
  }
  const draft: Draft = {
    ...base,
    preamble,
    contact: findContact(preamble),
    signature: { agency: signed || agency, date: signature?.date ?? '' },
    texts,
    cells,
    stated,
    ...(unresolved.length > 0
      ? {
          unresolved: Object.fromEntries(
            unresolved.map((u) => [
              u.cell,
              {
                source: u.source,
                reason: u.reason,
                candidates: [...(u.candidates ?? [])],
                ...(u.readings ? { readings: u.readings.map((r) => ({ ...r })) } : {}),
              },
            ]),
          ),
        }
      : {}),
  };
  const evaluation = evaluate(format, draft);
  const errors = evaluation.issues.filter((i) => i.level === 'error');
  const warnings = evaluation.issues.filter((i) => i.level === 'warning');
  const all = [...results.values()];
  const report: ImportReport = {
    fileName: options.fileName,
    origin: doc.origin,
    formatId: format.id,
    formatReason: chosen.reason,
    year,
    yearSource: title?.year ? '标题' : yearGuess.source,
    agency,
    agencySource,
    sectionsFound: headings.map((h) => h.sectionId),
    tables: all.map((r) => r.confidence),
    unresolved,
    derived: all.flatMap((r) => r.derived),
    split: all.flatMap((r) => r.split),
    blankZero: all.flatMap((r) => (r.blankZero ? [r.blankZero] : [])),
    notes,
    issues: {
      errors: errors.length,
      warnings: warnings.length,
      messages: [...errors, ...warnings].slice(0, 50).map((i) => i.message),
    },
  };
  return { draft, report };
}
