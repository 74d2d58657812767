// HTML writer: one self-contained page (inline CSS, no external resources) with semantic tables for the website CMS.
import { type DocBlock, type DocCell, type DocTable, type DocumentModel } from '../../../shared/document';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);

const CSS = `
body{font-family:"仿宋_GB2312","FangSong","仿宋",serif;font-size:16pt;line-height:1.8;max-width:156mm;margin:2em auto;color:#000}
h1{font-family:"方正小标宋简体","SimSun","宋体",serif;font-size:22pt;font-weight:normal;text-align:center;line-height:1.5;margin:0 0 1em}
h2{font-family:"黑体","SimHei",sans-serif;font-size:16pt;font-weight:normal;text-indent:2em;margin:0}
h3{font-family:"楷体_GB2312","KaiTi","楷体",serif;font-size:16pt;font-weight:normal;text-indent:2em;margin:0}
p{text-indent:2em;margin:0;text-align:justify}
table{border-collapse:collapse;width:100%;margin:.5em 0;font-family:"宋体","SimSun",serif;font-size:10.5pt;line-height:1.4}
table.dense{font-size:9pt}
th,td{border:1px solid #000;padding:3px 4px;text-align:center;vertical-align:middle;font-weight:normal}
th[scope=row]{text-align:left}
th.group{text-align:center}
.signature{text-align:right;margin-top:3em}
.signature p{text-indent:0;text-align:right;padding-right:4em}
`.trim();

function cellHtml(cell: DocCell, tag: 'th' | 'td', scope?: 'col' | 'row'): string {
  const attrs: string[] = [];
  if (cell.colSpan > 1) attrs.push(`colspan="${cell.colSpan}"`);
  if (cell.rowSpan > 1) attrs.push(`rowspan="${cell.rowSpan}"`);
  if (scope) attrs.push(`scope="${scope}"`);
  if (cell.role === 'stub' && cell.align === 'center') attrs.push('class="group"');
  return `<${tag}${attrs.length ? ' ' + attrs.join(' ') : ''}>${escapeHtml(cell.text)}</${tag}>`;
}

function tableHtml(t: DocTable): string {
  const head = t.headerRows
    .map((r) => `<tr>${r.map((c) => cellHtml(c, 'th', c.colSpan > 1 ? undefined : 'col')).join('')}</tr>`)
    .join('\n');
  const body = t.bodyRows
    .map(
      (r) =>
        `<tr>${r.map((c) => (c.role === 'value' ? cellHtml(c, 'td') : cellHtml(c, 'th', c.rowSpan > 1 ? undefined : 'row'))).join('')}</tr>`,
    )
    .join('\n');
  // border/cellspacing/cellpadding too: website editors often drop <style> when the page is pasted in.
  const attrs = `border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%"`;
  return `<table ${attrs}${t.dense ? ' class="dense"' : ''} aria-label="${escapeHtml(t.name)}">\n<thead>\n${head}\n</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function blockHtml(b: DocBlock): string {
  switch (b.kind) {
    case 'heading':
      return b.level === 1 ? `<h2>${escapeHtml(b.text)}</h2>` : `<h3>${escapeHtml(b.text)}</h3>`;
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'table':
      return tableHtml(b);
    case 'signature':
      return `<div class="signature">${b.agency ? `<p>${escapeHtml(b.agency)}</p>` : ''}${b.date ? `<p>${escapeHtml(b.date)}</p>` : ''}</div>`;
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
<article>
<h1>${title}</h1>
${doc.blocks.map(blockHtml).join('\n')}
</article>
</body>
</html>
`;
}
