// Linear pre-pass over HTML markup that keeps tag nesting shallow, so parsing stays linear on hostile pages.
//
// HTML parsers walk the stack of open elements for every end tag that does not match the innermost element; a page
// of thousands of unclosed tags followed by thousands of stray end tags makes that quadratic (parse5: 30 000
// unclosed <b> then 30 000 </i> take 15 s). This pass drops, in one scan, the tags that cannot matter to the text:
// end tags closing nothing open, and opening tags beyond a nesting depth no report reaches.

/** Deeper than any real report page (they nest a few dozen levels); tags beyond it are dropped, their text kept. */
export const MAX_NESTING = 256;

/** Never counted nor dropped: closed implicitly by their next sibling (or void), so they do not nest. */
const FLAT = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'colgroup',
  'rb',
  'rt',
  'rp',
  'rtc',
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'html',
  'head',
  'body',
]);
/** Their content is raw text: markup inside is not tags. */
const RAW = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

/** Lower-case tag name at html[i…] (just after "<" or "</"), or '' when none starts there. */
function tagName(html: string, i: number): string {
  let j = i;
  while (j < html.length && /[A-Za-z0-9:-]/.test(html[j] as string)) j++;
  return j > i && /[A-Za-z]/.test(html[i] as string) ? html.slice(i, j).toLowerCase() : '';
}

/** One scan with indexOf only (a regex per tag would rescan to the end when a ">" never comes). */
export function boundNesting(html: string): string {
  const open = new Map<string, number>();
  let depth = 0;
  const out: string[] = [];
  let last = 0;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const closing = html[i + 1] === '/';
    const name = tagName(html, i + (closing ? 2 : 1));
    if (name === '') {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const end = html.indexOf('>', i);
    if (end === -1) break;
    let keep = true;
    if (!FLAT.has(name)) {
      const count = open.get(name) ?? 0;
      if (closing) {
        if (count === 0) keep = false;
        else {
          open.set(name, count - 1);
          depth--;
        }
      } else if (html[end - 1] !== '/' || RAW.has(name)) {
        // Tables are kept whatever the depth (a sloppy page's unclosed <font>s must not hide its 表三); parse5
        // nests them cheaply and the reader walks them without recursion.
        if (depth >= MAX_NESTING && !RAW.has(name) && name !== 'table') keep = false;
        else {
          open.set(name, count + 1);
          depth++;
        }
      }
    }
    if (!keep) {
      out.push(html.slice(last, i));
      last = end + 1;
    }
    let next = end + 1;
    if (!closing && RAW.has(name)) {
      // Raw text runs to its own end tag; none means to the end of the page.
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = next;
      next = close.exec(html)?.index ?? html.length;
    }
    i = html.indexOf('<', next);
  }
  if (last === 0) return html;
  out.push(html.slice(last));
  return out.join('');
}
