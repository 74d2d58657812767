// Half-width punctuation typed in Chinese text → full width (, ( ) : ; ? !), leaving Latin text, URLs and numbers alone.

/** CJK ideographs, CJK punctuation, full-width forms and the curly quotes Chinese text uses. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026]/u;
const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };

/** The first character after `i` that is not a space. */
function nextNonSpace(chars: readonly string[], i: number): string | undefined {
  for (let j = i + 1; j < chars.length; j++) if (chars[j] !== ' ') return chars[j];
  return undefined;
}

/**
 * `,:;?!` next to a Chinese character (before or after) become full width (and the spaces after them go); a pair of ASCII brackets
 * becomes （ ） when it holds Chinese text or touches it — "(以下简称《条例》)", "(1)围绕" — but
 * "(see above)" in English and "http://a.cn/x" stay as typed.
 */
export function fullWidthPunctuation(text: string): string {
  if (!/[,:;?!()]/.test(text) || !CJK.test(text)) return text;
  const chars = [...text];
  // Brackets first, pair by pair (innermost pairs have no brackets inside).
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '(') open.push(i);
    else if (chars[i] === ')') {
      const o = open.pop();
      if (o === undefined) {
        if (isCjk(chars[i - 1]) || isCjk(chars[i + 1])) chars[i] = '）';
        continue;
      }
      const inside = chars.slice(o + 1, i);
      if (inside.some((c) => isCjk(c)) || isCjk(chars[o - 1]) || isCjk(chars[i + 1])) {
        chars[o] = '（';
        chars[i] = '）';
      }
    }
  }
  for (const o of open) if (isCjk(chars[o - 1]) || isCjk(chars[o + 1])) chars[o] = '（';
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const full = FULL[ch];
    const before = out[out.length - 1];
    // Only next to Chinese text: 12:30, 1,295, http:// and English keep their ASCII marks.
    if (full && (isCjk(before) || isCjk(nextNonSpace(chars, i)))) {
      out.push(full);
      while (chars[i + 1] === ' ') i++;
      continue;
    }
    out.push(ch);
  }
  return out.join('');
}
