// Wraps a 机关名称 into lines of a given width at word boundaries: after 省/市/县/区/街道/办事处…, else where a word ends.

/** Width in ems of the 公文 fonts: CJK and full-width forms 1, ASCII ½. */
export function emWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return n;
}

/** Administrative units and organ words after which a name reads well broken. */
const UNIT_END =
  /(省|自治区|市|自治州|州|盟|地区|县|自治县|旗|区|镇|乡|街道|社区|村|人民政府|政府|办事处|委员会|管委会|办公室|局|厅|委|署|中心|院|所|站|会)$/u;

function wordEnds(text: string): Set<number> {
  const ends = new Set<number>();
  const seg = new Intl.Segmenter('zh', { granularity: 'word' });
  let at = 0;
  for (const s of seg.segment(text)) {
    at += [...s.segment].length;
    // A single ideograph such as 屯 in 奎|屯|市 is not a word of its own: only multi-character words count.
    if ([...s.segment].length > 1 || /[\s\p{P}]/u.test(s.segment)) ends.add(at);
  }
  return ends;
}

/**
 * Lines of at most `maxEm` ems (a line may only be longer when one unbreakable run is). Breaks after an
 * administrative unit when one fits, else after a dictionary word of two or more characters, else anywhere.
 */
export function wrapName(name: string, maxEm: number): string[] {
  const chars = [...name.trim()];
  if (chars.length === 0) return [];
  const words = wordEnds(chars.join(''));
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    const rest = chars.slice(start).join('');
    if (emWidth(rest) <= maxEm) {
      lines.push(rest);
      break;
    }
    let fit = start;
    while (fit < chars.length && emWidth(chars.slice(start, fit + 1).join('')) <= maxEm) fit++;
    let unit = 0;
    let word = 0;
    for (let i = fit; i > start; i--) {
      const head = chars.slice(start, i).join('');
      // Leave at least two characters for the next line so that no line is a lone 市 or 局.
      if (chars.length - i < 2) continue;
      if (!unit && UNIT_END.test(head)) unit = i;
      if (!word && words.has(i)) word = i;
    }
    // A unit break is preferred unless it leaves the line under half full.
    const half = start + Math.ceil((fit - start) / 2);
    const cut = unit >= half ? unit : word >= half ? word : unit || word || Math.max(fit, start + 1);
    lines.push(chars.slice(start, cut).join(''));
    start = cut;
  }
  return lines;
}
