// HTML → source document: paragraphs as lines, leaf tables as cell grids with rowspan/colspan expanded.
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import type { SourceBlock, SourceCell, SourceDoc } from '../../shared/import/types';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'head',
  'template',
  'svg',
  'iframe',
  'object',
  'select',
  'button',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'center',
  'form',
  'hr',
  'address',
  'figure',
  'figcaption',
  'caption',
  'tr',
  'td',
  'th',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'body',
  'html',
]);
const MAX_SPAN = 200;

const isElement = (n: Node): n is HTMLElement => n.nodeType === 1;

function hidden(el: HTMLElement): boolean {
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden') || el.hasAttribute('hidden');
}

/** Text of an element with block boundaries as single spaces (a cell's paragraphs belong to one cell). */
function flatText(el: HTMLElement): string {
  return el.structuredText.replace(/\s+/g, ' ').trim();
}

/** Rows of this table only (not of tables nested in its cells). */
function ownRows(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (const child of table.childNodes) {
    if (!isElement(child)) continue;
    const tag = child.tagName.toLowerCase();
    if (tag === 'tr') rows.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (const tr of child.childNodes)
        if (isElement(tr) && tr.tagName.toLowerCase() === 'tr') rows.push(tr);
    }
  }
  return rows;
}

function spanOf(el: HTMLElement, name: string): number {
  const raw = (el.getAttribute(name) ?? '1').trim();
  if (!/^\d{1,4}$/.test(raw)) return 1;
  let n = 0;
  for (const ch of raw) n = n * 10 + (ch.charCodeAt(0) - 48);
  return Math.min(Math.max(n, 1), MAX_SPAN);
}

/** The table as a grid: every merged cell occupies all its slots; continuations are marked row or col. */
export function tableGrid(table: HTMLElement): SourceCell[][] {
  const rows = ownRows(table);
  const grid: (SourceCell | undefined)[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    let col = 0;
    const line = grid[r] ?? [];
    for (const td of tr.childNodes) {
      if (!isElement(td)) continue;
      const tag = td.tagName.toLowerCase();
      if (tag !== 'td' && tag !== 'th') continue;
      while (line[col]) col++;
      const text = flatText(td);
      const cs = spanOf(td, 'colspan');
      const rs = Math.min(spanOf(td, 'rowspan'), rows.length - r);
      for (let dr = 0; dr < rs; dr++) {
        const target = grid[r + dr];
        if (!target) continue;
        for (let dc = 0; dc < cs; dc++) {
          if (target[col + dc]) continue;
          target[col + dc] =
            dr === 0 && dc === 0 ? { text } : { text, span: dc > 0 ? ('col' as const) : ('row' as const) };
        }
      }
      col += cs;
    }
  });
  return grid.map((line) => Array.from(line, (c) => c ?? { text: '' })).filter((line) => line.length > 0);
}

/**
 * A data table (kept as a grid) rather than a layout table around the article: no nested table, at least two
 * cells in some row, and no cell holding a whole passage of text.
 */
function isDataTable(table: HTMLElement): boolean {
  if (table.querySelector('table')) return false;
  let wide = false;
  for (const tr of ownRows(table)) {
    const cells = tr.childNodes.filter((c): c is HTMLElement => isElement(c) && /^t[dh]$/i.test(c.tagName));
    if (cells.length >= 2) wide = true;
    if (cells.some((c) => flatText(c).length > 300)) return false;
  }
  return wide;
}

function walk(node: Node, blocks: SourceBlock[], buf: string[]): void {
  const flush = () => {
    const text = buf
      .join('')
      .replace(/[ \t\r\n\f]+/g, ' ')
      .trim();
    buf.length = 0;
    if (text !== '') blocks.push({ kind: 'line', text });
  };
  if (!isElement(node)) {
    if (node.nodeType === 3) buf.push(node.text);
    return;
  }
  const tag = node.tagName?.toLowerCase() ?? '';
  if (SKIP.has(tag) || hidden(node)) return;
  if (tag === 'br') {
    flush();
    return;
  }
  if (tag === 'table' && isDataTable(node)) {
    flush();
    const rows = tableGrid(node);
    if (rows.length > 0) blocks.push({ kind: 'table', rows });
    return;
  }
  if (tag === 'pre') {
    flush();
    for (const line of node.text.split(/\r\n|\r|\n/))
      if (line.trim() !== '') blocks.push({ kind: 'line', text: line });
    return;
  }
  const block = BLOCK.has(tag);
  if (block) flush();
  for (const child of node.childNodes) walk(child, blocks, buf);
  if (block) flush();
}

export function htmlDocument(html: string, origin: 'html' | 'docx' = 'html'): SourceDoc {
  const root = parse(html.replace(/<!doctype[^>]*>/gi, ''), {
    comment: false,
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
  });
  const blocks: SourceBlock[] = [];
  const buf: string[] = [];
  walk(root, blocks, buf);
  const text = buf.join('').replace(/\s+/g, ' ').trim();
  if (text !== '') blocks.push({ kind: 'line', text });
  return { origin, blocks };
}
