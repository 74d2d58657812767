// HTML → source document: paragraphs as lines, leaf tables as cell grids with rowspan/colspan expanded (parse5).
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { AppError } from '../../shared/ipc/result';
import type { SourceBlock, SourceCell, SourceDoc } from '../../shared/import/types';
import { boundNesting } from './html-nesting';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

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
/** Slots of one expanded table (a report's largest, 表三, has about 30 × 10); beyond this it is not a report. */
export const MAX_GRID_CELLS = 20_000;
/** Slots of all expanded tables of one page together. */
export const MAX_DOC_GRID_CELLS = 200_000;

const isElement = (n: Node): n is Element => 'tagName' in n;
const isText = (n: Node): n is DefaultTreeAdapterMap['textNode'] => n.nodeName === '#text';
const children = (n: Node): readonly Node[] => ('childNodes' in n ? n.childNodes : []);

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function hidden(el: Element): boolean {
  const style = (attr(el, 'style') ?? '').replace(/\s+/g, '').toLowerCase();
  return (
    style.includes('display:none') || style.includes('visibility:hidden') || attr(el, 'hidden') !== undefined
  );
}

/** Text of an element with block boundaries as single spaces (a cell's paragraphs belong to one cell); no recursion. */
function flatText(el: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (isText(n)) {
      parts.push(n.value);
      continue;
    }
    if (!isElement(n)) continue;
    if (n !== el && SKIP.has(n.tagName)) continue;
    if (BLOCK.has(n.tagName) || n.tagName === 'br') parts.push(' ');
    const kids = children(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Rows of this table only (not of tables nested in its cells). */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of children(table)) {
    if (!isElement(child)) continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const tr of children(child)) if (isElement(tr) && tr.tagName === 'tr') rows.push(tr);
    }
  }
  return rows;
}

function cellsOf(tr: Element): Element[] {
  return children(tr).filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
}

function spanOf(el: Element, name: string): number {
  const raw = (attr(el, name) ?? '1').trim();
  if (!/^\d{1,4}$/.test(raw)) return 1;
  let n = 0;
  for (const ch of raw) n = n * 10 + (ch.charCodeAt(0) - 48);
  return Math.min(Math.max(n, 1), MAX_SPAN);
}

const tooLarge = () =>
  new AppError('UNSUPPORTED', '网页中的表格过大（合并单元格展开后太多），不像一份年度报告，已拒绝导入。');

/** The table as a grid: every merged cell occupies all its slots; continuations are marked row or col. */
export function tableGrid(table: Element, budget = { left: MAX_DOC_GRID_CELLS }): SourceCell[][] {
  const rows = ownRows(table);
  const grid: (SourceCell | undefined)[][] = rows.map(() => []);
  let slots = 0;
  rows.forEach((tr, r) => {
    let col = 0;
    const line = grid[r] ?? [];
    for (const td of cellsOf(tr)) {
      while (line[col]) col++;
      const text = flatText(td);
      const cs = spanOf(td, 'colspan');
      const rs = Math.min(spanOf(td, 'rowspan'), rows.length - r);
      // Checked before expanding: slots held by earlier cells count too, so a table of huge spans stops at once.
      slots += cs * rs;
      if (slots > MAX_GRID_CELLS || slots > budget.left) throw tooLarge();
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
  budget.left -= slots;
  return grid.map((line) => Array.from(line, (c) => c ?? { text: '' })).filter((line) => line.length > 0);
}

function hasNestedTable(table: Element): boolean {
  const stack: Node[] = [...children(table)];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (!isElement(n)) continue;
    if (n.tagName === 'table') return true;
    stack.push(...children(n));
  }
  return false;
}

/**
 * A data table (kept as a grid) rather than a layout table around the article: no nested table, at least two
 * cells in some row, and no cell holding a whole passage of text.
 */
function isDataTable(table: Element): boolean {
  if (hasNestedTable(table)) return false;
  let wide = false;
  for (const tr of ownRows(table)) {
    const cells = cellsOf(tr);
    if (cells.length >= 2) wide = true;
    if (cells.some((c) => flatText(c).length > 300)) return false;
  }
  return wide;
}

/** Walks the tree without recursion (an unclosed tag per character nests thousands deep). */
function walk(root: Node, blocks: SourceBlock[], buf: string[]): void {
  const flush = () => {
    const text = buf
      .join('')
      .replace(/[ \t\r\n\f]+/g, ' ')
      .trim();
    buf.length = 0;
    if (text !== '') blocks.push({ kind: 'line', text });
  };
  const budget = { left: MAX_DOC_GRID_CELLS };
  // An entry is a node to visit, or null: the end of a block element (flush).
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (!isElement(node)) {
      if (isText(node)) buf.push(node.value);
      const kids = children(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
      continue;
    }
    const tag = node.tagName;
    if (SKIP.has(tag) || hidden(node)) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'table' && isDataTable(node)) {
      flush();
      const rows = tableGrid(node, budget);
      if (rows.length > 0) blocks.push({ kind: 'table', rows });
      continue;
    }
    if (tag === 'pre') {
      flush();
      for (const line of flatPre(node).split(/\r\n|\r|\n/))
        if (line.trim() !== '') blocks.push({ kind: 'line', text: line });
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push(null);
    }
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
}

/** A pre element's text as printed (line breaks kept). */
function flatPre(el: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (isText(n)) parts.push(n.value);
    else if (isElement(n) && n.tagName === 'br') parts.push('\n');
    const kids = children(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return parts.join('');
}

/** The first table of an HTML fragment (for tests and callers holding a table's markup). */
export function parseTable(html: string): Element | null {
  const stack: Node[] = [...parseFragment(html).childNodes];
  while (stack.length > 0) {
    const n = stack.shift() as Node;
    if (isElement(n) && n.tagName === 'table') return n;
    stack.push(...children(n));
  }
  return null;
}

export function htmlDocument(html: string, origin: 'html' | 'docx' = 'html'): SourceDoc {
  const root = parse(boundNesting(html), { scriptingEnabled: false });
  const blocks: SourceBlock[] = [];
  const buf: string[] = [];
  walk(root, blocks, buf);
  const text = buf.join('').replace(/\s+/g, ' ').trim();
  if (text !== '') blocks.push({ kind: 'line', text });
  return { origin, blocks };
}
