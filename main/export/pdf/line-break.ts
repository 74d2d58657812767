// Chinese line breaking: digit/Latin runs stay whole, 避头尾 (no line starts with ，。、… nor ends with （《“).

/** Characters that must not start a line. */
const NO_START = new Set([...'，。、；：？！）》〉」』】〕］｝”’…—·％‰,.;:?!)]}%']);
/** Characters that must not end a line. */
const NO_END = new Set([...'（《〈「『【〔［｛“‘([{']);
/** A run kept on one line: figures and Latin words (2024、12.5%、ABC-1). */
const RUN = /[0-9A-Za-z][0-9A-Za-z.,:%‰/+\-_@#&'’]*[0-9A-Za-z%‰]|[0-9A-Za-z]/y;

export interface BrokenLine {
  readonly text: string;
  /** Natural width (em units × size, i.e. points) without extra spacing. */
  readonly width: number;
  /** Number of characters (code points): used to spread justification. */
  readonly chars: number;
  /** Last line of the paragraph (not justified). */
  readonly last: boolean;
}

/** Splits text into unbreakable tokens: ASCII runs, single characters. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    RUN.lastIndex = i;
    const m = RUN.exec(text);
    if (m && m.index === i) {
      out.push(m[0]);
      i += m[0].length;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    out.push(ch);
    i += ch.length;
  }
  return out;
}

/** Splits an over-long token into pieces that fit. */
function splitToken(token: string, max: number, widthOf: (s: string) => number): string[] {
  const pieces: string[] = [];
  let cur = '';
  for (const ch of token) {
    if (cur && widthOf(cur + ch) > max) {
      pieces.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/**
 * Greedy breaking into lines of at most `maxWidth` (the first line `maxWidth - firstIndent`).
 * `widthOf` measures a string in points including any fixed character spacing.
 */
export function breakLines(
  text: string,
  maxWidth: number,
  widthOf: (s: string) => number,
  firstIndent = 0,
): BrokenLine[] {
  const tokens: string[] = [];
  for (const t of tokenize(text)) {
    if (t.length > 1 && widthOf(t) > maxWidth) tokens.push(...splitToken(t, maxWidth, widthOf));
    else tokens.push(t);
  }
  const lines: string[][] = [];
  let cur: string[] = [];
  let curWidth = 0;
  const limit = () => (lines.length === 0 ? maxWidth - firstIndent : maxWidth);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? '';
    const w = widthOf(tok);
    if (cur.length === 0 || curWidth + w <= limit() + 0.01) {
      cur.push(tok);
      curWidth += w;
      continue;
    }
    // tok does not fit: break before it, honouring 避头尾.
    let carry: string[] = [];
    if (NO_START.has(tok[0] ?? '')) {
      // Pull the last token of this line down with it (unless that empties the line), and keep pulling while
      // the new line would still start with closing punctuation (。” → both move).
      if (cur.length > 1) carry = [cur.pop() ?? ''];
      while (cur.length > 1 && NO_START.has(carry[0]?.[0] ?? '')) carry.unshift(cur.pop() ?? '');
    }
    while (cur.length > 1 && NO_END.has(cur[cur.length - 1]?.slice(-1) ?? '')) carry.unshift(cur.pop() ?? '');
    if (tok === ' ' && carry.length === 0) {
      lines.push(cur);
      cur = [];
      curWidth = 0;
      continue;
    }
    lines.push(cur);
    cur = [...carry, tok];
    curWidth = cur.reduce((s, t) => s + widthOf(t), 0);
  }
  if (cur.length > 0 || lines.length === 0) lines.push(cur);
  return lines.map((toks, i) => {
    const t = toks.join('').replace(/ +$/, '');
    return { text: t, width: widthOf(t), chars: [...t].length, last: i === lines.length - 1 };
  });
}
