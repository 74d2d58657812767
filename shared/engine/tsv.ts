// Reads the text/plain flavour Excel and WPS put on the clipboard (RFC 4180 style, tab-separated) into a grid.

/**
 * Rows end in \r\n, \n or \r. Exactly one trailing row terminator is dropped (Excel and WPS always add one), so a
 * copied blank last row survives as a row of empty cells. A cell that starts with `"` is quoted: `""` is a quote,
 * tabs and newlines inside are kept verbatim; text after the closing quote is kept too. A quote that is never
 * closed is read as a literal character. Blank cells are kept as ''; ragged rows are padded with '' to the widest
 * row. A leading byte-order mark is ignored. '' → [].
 */
export function parseTsv(text: string): string[][] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (src === '') return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let fieldStart = true;
  /** Position of an opening quote found to be unclosed: from there on it is read as a literal. */
  let literalQuoteAt = -1;
  const endRow = (): void => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
    fieldStart = true;
  };

  while (i < src.length) {
    const c = src[i];
    if (fieldStart && c === '"' && i !== literalQuoteAt) {
      const quoted = readQuoted(src, i + 1);
      if (quoted === null) {
        literalQuoteAt = i;
        continue;
      }
      cell = quoted.value;
      i = quoted.next;
      fieldStart = false;
      continue;
    }
    fieldStart = false;
    if (c === '\t') {
      row.push(cell);
      cell = '';
      fieldStart = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      endRow();
      if (i === src.length) return pad(rows);
    } else {
      cell += c;
      i++;
    }
  }
  endRow();
  return pad(rows);
}

/** Reads a quoted cell body starting after its opening quote; null when the quote is never closed. */
function readQuoted(src: string, from: number): { value: string; next: number } | null {
  let value = '';
  let i = from;
  while (i < src.length) {
    const close = src.indexOf('"', i);
    if (close < 0) return null;
    value += src.slice(i, close);
    if (src[close + 1] === '"') {
      value += '"';
      i = close + 2;
    } else {
      return { value, next: close + 1 };
    }
  }
  return null;
}

function pad(rows: string[][]): string[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (const r of rows) while (r.length < width) r.push('');
  return rows;
}
