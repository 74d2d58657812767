// Report metadata: format generation (formats.md §1.1), report year and agency from title, period and signature.
import { formatForYear, formats, getFormat } from '../formats';
import type { FormatId, ReportFormat } from '../formats/types';
import { isChrome, nfkc, squash } from './normalize';
import { lineText, TITLE, type Signature } from './outline';
import type { SourceBlock } from './types';

export interface FormatGuess {
  readonly formatId: FormatId | null;
  readonly reason: string;
  readonly markers: Readonly<Record<FormatId, readonly string[]>>;
}

/**
 * The generation by the markers each format carries (`importMarkers`): a format of higher rank wins over a lower
 * one, then the most markers found, then the newer format; a format whose `absent` words appear is ruled out.
 */
export function detectFormat(allText: string): FormatGuess {
  const text = squash(allText);
  const found: Record<FormatId, string[]> = {};
  for (const f of formats) found[f.id] = f.importMarkers.words.filter((m) => text.includes(m));
  const candidates = formats.filter(
    (f) => (found[f.id]?.length ?? 0) > 0 && !(f.importMarkers.absent ?? []).some((w) => text.includes(w)),
  );
  const count = (f: ReportFormat) => found[f.id]?.length ?? 0;
  // `formats` is newest first and sort is stable: on equal rank and count the newer format wins.
  const best = [...candidates].sort(
    (a, b) => b.importMarkers.rank - a.importMarkers.rank || count(b) - count(a),
  )[0];
  if (!best) return { formatId: null, reason: '', markers: found };
  return { formatId: best.id, reason: `表格标志：${(found[best.id] ?? []).join('、')}`, markers: found };
}

export interface TitleInfo {
  readonly blocks: readonly number[];
  readonly agency: string;
  readonly year: number | null;
}

const TITLE_YEAR = /((?:19|20)\d{2})\s*年\s*度?/;
/** 二〇二二年 */
const TITLE_YEAR_CN = /((?:一九|二〇|二零)[〇零一二三四五六七八九]{2})\s*年\s*度?/;
const CN_DIGITS = '〇一二三四五六七八九';

function cleanAgency(s: string): string {
  return (
    s
      .replace(/\s+/g, '')
      // A scraped page's field label before the title: "标题: 平潭综合实验区2019年度…".
      .replace(/^(?:标题|文章标题|信息名称|名称)[:：]/, '')
      .replace(/^(?:关于|《)/, '')
      .replace(/[《》“”"]/g, '')
      .replace(/(?:关于|的|[(（[【])+$/, '')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）')
  );
}

/** How the name of an office ends: 人民政府, 办事处, 街道, 镇, 乡, 局, 委员会, 办公室/厅 … (or a place name alone). */
const OFFICE_END =
  /(?:人民政府|政府|办事处|街道|镇|乡|苏木|局|委员会|委|办公室|办公厅|办|厅|部|署|院|中心|会|处|所|站|队|馆|公司|集团|区|县|市|州|盟|旗|场)$/;
/** A cut sentence, not a name: brackets, quotes, colons, enumeration marks, document wording. */
const NOT_A_NAME =
  /[《》〈〉“”"'‘’:：、，,;；。!?！？()（）[\]【】>»]|关于|印发|条例|规定|通知|标题|中华人民共和国|信息公开|年报|首页|当前位置/;

/** The agency as printed if it reads as an office's name ("标题:平潭…", "定）和关于印发…" do not); else ''. */
export function officeName(raw: string): string {
  const s = nfkc(raw).replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
  // Balanced brackets belong to names: 中国（上海）自由贸易试验区管理委员会.
  const bare = s.replace(/（[^（）]{1,12}）/g, '');
  if (s.length < 2 || s.length > 40 || NOT_A_NAME.test(bare) || !OFFICE_END.test(bare)) return '';
  return s;
}

/** The title among the first lines: "<机关><年>年(度)政府信息公开工作年度报告", possibly over two lines. */
export function findTitle(blocks: readonly SourceBlock[], before: number): TitleInfo | null {
  // With headings found, the title is the last title-like line before 一 (lists of other years' reports in a
  // page's navigation come first); without them, the first one near the top.
  const limit = before < blocks.length ? before : Math.min(blocks.length, 60);
  const order: number[] = [];
  for (let i = 0; i < limit; i++) order.push(i);
  if (before < blocks.length) order.reverse();
  for (const i of order) {
    const b = blocks[i];
    const line = b ? lineText(b) : null;
    if (!line || line.length > 80 || /[。，,]/.test(line)) continue;
    // A title wrapped mid-phrase: "…街道办事处2023年度政府" / "信息公开工作年度报告".
    const nextBlock = i + 1 < limit ? blocks[i + 1] : undefined;
    const next = !TITLE.test(line) && nextBlock ? lineText(nextBlock) : null;
    const wrapped =
      next && next.length <= 40 && !/[。，,]/.test(next) && TITLE.test(line + next) ? next : null;
    const t = wrapped ? line + wrapped : line;
    if (!TITLE.test(t)) continue;
    const m = TITLE_YEAR.exec(t) ?? TITLE_YEAR_CN.exec(t);
    const used = wrapped ? [i, i + 1] : [i];
    const titleAt = TITLE.exec(t)?.index ?? 0;
    let agency = m ? t.slice(0, m.index) : t.slice(0, titleAt);
    // "2022年××局政府信息公开工作年度报告": the agency follows the year.
    if (m && cleanAgency(agency) === '' && titleAt > m.index + m[0].length) {
      agency = t.slice(m.index + m[0].length, titleAt);
    }
    const year = m ? yearOf(m[1] ?? '') : null;
    if (cleanAgency(agency) === '' && i > 0) {
      const prev = blocks[i - 1];
      const p = prev ? lineText(prev) : null;
      if (p && p.length <= 40 && !/[。，,]/.test(p) && !isChrome(p)) {
        agency = p;
        used.unshift(i - 1);
      }
    }
    // Repeated title lines right after (web pages print the title twice).
    for (let j = i + used.length; j < Math.min(limit, i + used.length + 2); j++) {
      const q = blocks[j];
      const s = q ? lineText(q) : null;
      if (!s) continue;
      const sq = squash(s);
      const titleLike = squash(t).includes(sq) || sq === squash(agency) || TITLE.test(s);
      if (sq !== '' && titleLike && s.length <= 80 && !/[。，,]/.test(s)) used.push(j);
      else break;
    }
    // …and right before (a one-line title, then the same title over two lines).
    const whole = squash(agency) + squash(t);
    for (let j = (used[0] ?? i) - 1; j >= Math.max(0, (used[0] ?? i) - 3); j--) {
      const q = blocks[j];
      const s = q ? lineText(q) : null;
      const sq = s ? squash(s) : '';
      if (sq !== '' && s && (whole.includes(sq) || sq.includes(squash(t))) && !/[。，,]/.test(s))
        used.unshift(j);
      else break;
    }
    const cleaned = cleanAgency(agency);
    // A sentence that happens to name the report ("…和《关于印发…年度报告格式》…") is not the title.
    if (cleaned !== '' && officeName(cleaned) === '') continue;
    return { blocks: used, agency: cleaned, year };
  }
  return null;
}

function yearOf(raw: string): number | null {
  const s = [...raw.replace(/零/g, '〇')]
    .map((c) => (CN_DIGITS.includes(c) ? String(CN_DIGITS.indexOf(c)) : c))
    .join('');
  if (!/^\d{4}$/.test(s)) return null;
  let n = 0;
  for (const ch of s) n = n * 10 + (ch.charCodeAt(0) - 48);
  return n;
}

const PERIOD =
  /统计(?:时间|期限|期间|区间|时限|范围)[^。]{0,16}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日[^。]{0,8}?((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日/;

export interface YearGuess {
  readonly year: number | null;
  readonly source: string;
}

export function detectYear(allText: string, title: TitleInfo | null, signature: Signature | null): YearGuess {
  if (title?.year) return { year: title.year, source: '标题' };
  const text = nfkc(allText);
  const p = PERIOD.exec(text);
  if (p && p[1] === p[2]) return { year: yearOf(p[1] ?? ''), source: '统计期限' };
  if (signature && signature.month <= 6)
    return { year: signature.year - 1, source: '落款日期（次年上半年成文）' };
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/((?:19|20)\d{2})\s*年/g)) {
    const y = yearOf(m[1] ?? '');
    if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  const total = ranked.reduce((s, [, n]) => s + n, 0);
  if (top && top[1] >= 3 && top[1] / total >= 0.6) {
    return { year: top[0], source: '正文中出现最多的年份（需核对）' };
  }
  return { year: null, source: '' };
}

/** Format: by markers; failing that, by year. */
export function chooseFormat(
  guess: FormatGuess,
  year: number | null,
): { format: ReportFormat; reason: string } | null {
  if (guess.formatId) return { format: getFormat(guess.formatId), reason: guess.reason };
  if (year !== null) return { format: formatForYear(year), reason: `未见表格标志，按年度 ${year} 推定` };
  return null;
}

export interface Contact {
  address: string;
  postcode: string;
  phone: string;
  email: string;
}

/** Contact details often printed in the preamble: 地址 / 邮编 / 电话 / 电子邮箱. */
export function findContact(text: string): Contact {
  const t = nfkc(text);
  const pick = (re: RegExp) => re.exec(t)?.[1]?.trim() ?? '';
  return {
    address: pick(/地址[:：]\s*([^,，;；。)]+)/),
    postcode: pick(/邮编[:：]?\s*(\d{6})/),
    phone: pick(/(?:联系)?电话[:：]\s*([\d\-—()（） ]{7,20}\d)/),
    email: pick(/(?:电子)?邮箱[:：]\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/),
  };
}
