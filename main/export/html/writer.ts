// HTML writer: one self-contained page with semantic tables for the website CMS; every element carries its own
// inline style, so indents, borders and fonts survive an editor that strips the <style> block.
import { type DocBlock, type DocCell, type DocTable, type DocumentModel } from '../../../shared/document';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);

const FANGSONG = `'仿宋_GB2312','FangSong','仿宋',serif`;
const SONG = `'宋体','SimSun',serif`;

/** Inline styles by element role; font names in single quotes, as they go inside style="…". */
export const INLINE = {
  article: `font-family:${FANGSONG};font-size:16pt;line-height:1.8;color:#000`,
  title: `font-family:'方正小标宋简体','FZXiaoBiaoSong-B05S',${SONG};font-size:22pt;font-weight:normal;text-align:center;line-height:1.5;margin:0 0 1em`,
  h1: `font-family:'黑体','SimHei',sans-serif;font-size:16pt;font-weight:normal;text-indent:2em;margin:0`,
  h2: `font-family:'楷体_GB2312','KaiTi','楷体',serif;font-size:16pt;font-weight:normal;text-indent:2em;margin:0`,
  p: `font-family:${FANGSONG};font-size:16pt;line-height:1.8;text-indent:2em;margin:0;text-align:justify`,
  caption: `font-family:'黑体','SimHei',sans-serif;font-size:16pt;text-align:center;caption-side:top;padding:.3em 0`,
  table: `border-collapse:collapse;width:100%;margin:.5em 0;font-family:${SONG};line-height:1.4;border:1px solid #000`,
  cell: `border:1px solid #000;padding:3px 4px;vertical-align:middle;font-weight:normal`,
  signature: `font-family:${FANGSONG};font-size:16pt;line-height:1.8;text-indent:0;margin:0;text-align:right`,
} as const;

const CSS = `body{max-width:156mm;margin:2em auto}`;

function cellHtml(cell: DocCell, tag: 'th' | 'td', size: string, scope?: 'col' | 'row'): string {
  const attrs: string[] = [];
  if (cell.colSpan > 1) attrs.push(`colspan="${cell.colSpan}"`);
  if (cell.rowSpan > 1) attrs.push(`rowspan="${cell.rowSpan}"`);
  if (scope) attrs.push(`scope="${scope}"`);
  // Figures never break inside a cell.
  const wrap = cell.role === 'value' ? 'white-space:nowrap;' : '';
  attrs.push(`style="${INLINE.cell};font-size:${size};text-align:${cell.align};${wrap}"`);
  return `<${tag} ${attrs.join(' ')}>${escapeHtml(cell.text)}</${tag}>`;
}

function tableHtml(t: DocTable): string {
  const size = t.dense ? '9pt' : '10.5pt';
  const head = t.headerRows
    .map(
      (r) => `<tr>${r.map((c) => cellHtml(c, 'th', size, c.colSpan > 1 ? undefined : 'col')).join('')}</tr>`,
    )
    .join('\n');
  const body = t.bodyRows
    .map(
      (r) =>
        `<tr>${r.map((c) => (c.role === 'value' ? cellHtml(c, 'td', size) : cellHtml(c, 'th', size, c.rowSpan > 1 ? undefined : 'row'))).join('')}</tr>`,
    )
    .join('\n');
  // border/cellspacing/cellpadding too: the oldest editors keep only attributes.
  const attrs = `border="1" cellspacing="0" cellpadding="4" style="${INLINE.table}"`;
  const caption = t.caption ? `\n<caption style="${INLINE.caption}">${escapeHtml(t.caption)}</caption>` : '';
  return `<table ${attrs} aria-label="${escapeHtml(t.caption ?? t.name)}">${caption}\n<thead>\n${head}\n</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function blockHtml(b: DocBlock): string {
  switch (b.kind) {
    case 'heading':
      return b.level === 1
        ? `<h2 style="${INLINE.h1}">${escapeHtml(b.text)}</h2>`
        : `<h3 style="${INLINE.h2}">${escapeHtml(b.text)}</h3>`;
    case 'paragraph':
      return `<p style="${INLINE.p}">${escapeHtml(b.text)}</p>`;
    case 'table':
      return tableHtml(b);
    case 'signature': {
      // 署名 (wrapped by word when long) two characters in from the right, 成文日期 four.
      const lines = b.agencyLines ?? (b.agency ? [b.agency] : []);
      const agency = lines
        .map((l) => `<p style="${INLINE.signature};padding-right:2em">${escapeHtml(l)}</p>`)
        .join('');
      const date = `<p style="${INLINE.signature};padding-right:4em">${escapeHtml(b.date)}</p>`;
      return `<div class="signature" style="margin-top:3.6em">${agency}${date}</div>`;
    }
  }
}

export function writeHtml(doc: DocumentModel): string {
  const title = doc.titleLines.map(escapeHtml).join('<br>');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${CSS}</style>
</head>
<body>
<article style="${INLINE.article}">
<h1 style="${INLINE.title}">${title}</h1>
${doc.blocks.map(blockHtml).join('\n')}
</article>
</body>
</html>
`;
}
