// Chinese line breaking: figure, Latin and phone runs stay whole, URLs break after '/', names break between words, 避头尾.

/** Characters that must not start a line. */
const NO_START = new Set([...'，。、；：？！）》〉」』】〕］｝”’…—·％‰,.;:?!)]}%']);
/** Characters that must not end a line. */
const NO_END = new Set([...'（《〈「『【〔［｛“‘([{']);
/** A URL (scheme or www.), without trailing sentence punctuation. */
const URL_RE = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'*+;=%]*[A-Za-z0-9\-_~/#=&%]/y;
/** A run kept on one line: figures, Latin words, phone numbers (2024、12.5%、ABC-1、0591—88086122). */
const RUN = /[0-9A-Za-z][0-9A-Za-z.,:%‰/+\-_@#&'’—–]*[0-9A-Za-z%‰]|[0-9A-Za-z]/y;

export interface BrokenLine {
  readonly text: string;
  /** The unbreakable pieces of the line, in order (their concatenation is `text`). */
  readonly tokens: readonly string[];
  /** Natural width (em units × size, i.e. points) without extra spacing. */
  readonly width: number;
  /** Number of characters (code points): used to spread justification. */
  readonly chars: number;
  /** Last line of the paragraph (not justified). */
  readonly last: boolean;
}

export interface BreakOptions {
  /** Break CJK text only between words (names, titles), falling back to characters for a word wider than a line. */
  readonly words?: boolean;
}

/** Pieces of a URL: the scheme (http://), then each part ending after a '/', so the URL may break there. */
function urlPieces(url: string): string[] {
  const scheme = /^https?:\/\//.exec(url)?.[0] ?? '';
  const out: string[] = scheme ? [scheme] : [];
  let cur = '';
  for (const ch of url.slice(scheme.length)) {
    cur += ch;
    if (ch === '/') {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Splits text into unbreakable tokens: URL pieces, ASCII runs, single characters. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    URL_RE.lastIndex = i;
    const u = URL_RE.exec(text);
    if (u && u.index === i) {
      out.push(...urlPieces(u[0]));
      i += u[0].length;
      continue;
    }
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

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const CJK = /^\p{Script=Han}$/u;

/**
 * Word spans of CJK text for name and title breaking. ICU's dictionary cuts 奎屯市人民政府 as 奎|屯|市|人民政府:
 * runs of single characters are joined (奎屯市), and a lone one sticks to the word before it (自治|区 → 自治区).
 */
function wordIds(text: string): number[] {
  const words: string[] = [];
  let singles = '';
  const flush = () => {
    if (!singles) return;
    const prev = words.length - 1;
    if ([...singles].length === 1 && prev >= 0 && CJK.test([...(words[prev] ?? '')].pop() ?? ''))
      words[prev] += singles;
    else words.push(singles);
    singles = '';
  };
  for (const { segment } of segmenter.segment(text)) {
    if ([...segment].length === 1 && CJK.test(segment)) singles += segment;
    else {
      flush();
      words.push(segment);
    }
  }
  flush();
  // word index of each UTF-16 offset
  const ids: number[] = [];
  words.forEach((w, k) => {
    for (let j = 0; j < w.length; j++) ids.push(k);
  });
  return ids;
}

const first = (t: string | undefined) => (t ? String.fromCodePoint(t.codePointAt(0) ?? 0) : '');
const lastChar = (t: string | undefined) => (t ? ([...t].pop() ?? '') : '');

/** Tokens glued into groups that may not be separated: 避头尾 and, with `words`, CJK words. */
function groupTokens(tokens: readonly string[], text: string, words: boolean): string[][] {
  const ids = words ? wordIds(text) : null;
  const groups: string[][] = [];
  let offset = 0;
  let prevId = -1;
  for (const t of tokens) {
    const id = ids?.[offset] ?? -1;
    const prev = groups[groups.length - 1];
    const prevTok = prev?.[prev.length - 1];
    const prevInk = prev?.filter((x) => x !== ' ').pop();
    const sameWord = ids !== null && id === prevId && CJK.test(first(t)) && CJK.test(lastChar(prevTok));
    // A space is a break opportunity, except before closing or after opening punctuation.
    const glue = prev !== undefined && (NO_START.has(first(t)) || NO_END.has(lastChar(prevInk)) || sameWord);
    if (glue) prev.push(t);
    else groups.push([t]);
    offset += t.length;
    prevId = id;
  }
  return groups;
}

/**
 * Greedy breaking into lines of at most `maxWidth` (the first line `maxWidth - firstIndent`).
 * `widthOf` measures a string in points including any fixed character spacing. No line begins with closing
 * punctuation nor ends with an opening mark, unless a run of such marks is itself wider than a line.
 */
export function breakLines(
  text: string,
  maxWidth: number,
  widthOf: (s: string) => number,
  firstIndent = 0,
  options: BreakOptions = {},
): BrokenLine[] {
  const groups = groupTokens(tokenize(text), text, options.words ?? false);
  const lines: string[][] = [];
  let cur: string[] = [];
  let curWidth = 0;
  const limit = () => (lines.length === 0 ? maxWidth - firstIndent : maxWidth) + 0.01;
  const endLine = () => {
    while (cur.length > 0 && cur[cur.length - 1] === ' ') cur.pop();
    lines.push(cur);
    cur = [];
    curWidth = 0;
  };
  const sum = (toks: readonly string[]) => toks.reduce((s, t) => s + widthOf(t), 0);

  /** A group wider than a line: fill token by token, pulling a character down with closing punctuation. */
  const overLong = (group: readonly string[]) => {
    const toks = group.flatMap((t) => [...t]);
    for (const tok of toks) {
      const w = widthOf(tok);
      if (cur.length === 0 || curWidth + w <= limit()) {
        cur.push(tok);
        curWidth += w;
        continue;
      }
      const carry: string[] = [];
      if (NO_START.has(first(tok))) {
        while (cur.length > 1 && (carry.length === 0 || NO_START.has(first(carry[0])) || carry[0] === ' ')) {
          carry.unshift(cur.pop() ?? '');
        }
      }
      while (cur.length > 1 && (cur[cur.length - 1] === ' ' || NO_END.has(lastChar(cur[cur.length - 1])))) {
        carry.unshift(cur.pop() ?? '');
      }
      while (carry[0] === ' ') carry.shift();
      endLine();
      cur = [...carry, tok];
      curWidth = sum(cur);
    }
  };

  for (const group of groups) {
    const w = sum(group);
    if (group.length === 1 && group[0] === ' ') {
      if (cur.length === 0) continue;
      if (curWidth + w <= limit()) {
        cur.push(' ');
        curWidth += w;
      } else endLine();
      continue;
    }
    if (cur.length > 0 && curWidth + w <= limit()) {
      cur.push(...group);
      curWidth += w;
      continue;
    }
    if (cur.length > 0) endLine();
    if (w <= limit()) {
      cur = [...group];
      curWidth = w;
    } else overLong(group);
  }
  if (cur.length > 0 || lines.length === 0) endLine();
  return lines.map((toks, i) => {
    const t = toks.join('');
    return { text: t, tokens: toks, width: widthOf(t), chars: [...t].length, last: i === lines.length - 1 };
  });
}

const ASCII_INK = /^[!-~]$/;

/** Whether justification may add space between two adjacent tokens (never inside Latin, figures or URLs). */
export function stretchable(before: string, after: string): boolean {
  return !(ASCII_INK.test(lastChar(before)) && ASCII_INK.test(first(after)));
}
