// Label normalisation for matching published text against the format's labels and aliases (formats.md §8).

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** NFKC (full-width → ASCII forms), invisible characters removed, NBSP/ideographic spaces → space. */
export function nfkc(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[\u00A0\u3000]/g, ' ')
    .replace(/[\u2212\u2010-\u2013]/g, '-');
}

/** Everything that is not a letter or digit: spaces, punctuation, quotes, brackets, table rules. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Letters and digits only, after NFKC: "（一）予以公开" → "一予以公开", "3.危及"三安全一稳定"" → "3危及三安全一稳定". */
export function squash(text: string): string {
  return nfkc(text).replace(NOT_WORD, '');
}

const CN_NUM = '一二三四五六七八九十';

/** Leading numbering: 一、 / 第一部分 / （一） / (一) / 1. / 1、 / 1． / (1) / ① / 其中: — repeated. */
const LEADING_NUMBERING = new RegExp(
  `^\\s*(?:其中\\s*[:：]?\\s*|第?[${CN_NUM}]+(?:部分)?\\s*[、.．,，:：]\\s*|[(（]\\s*[${CN_NUM}\\d]+\\s*[)）]\\s*[、.．]?\\s*|\\d{1,2}\\s*[、.．]\\s*(?!\\d)|[①②③④⑤⑥⑦⑧⑨⑩]\\s*)`,
);

export function stripNumbering(text: string): string {
  let t = text;
  for (let i = 0; i < 4; i++) {
    const next = t.replace(LEADING_NUMBERING, '');
    if (next === t) break;
    t = next;
  }
  return t;
}

/** A label without numbering, squashed: the part that must match. */
export function labelCore(label: string): string {
  return squash(stripNumbering(nfkc(label)));
}

/** The same without parenthesised notes: "部分公开（区分处理的…）" → "部分公开", "本年收费金额（单位：万元）" → "本年收费金额". */
export function shortCore(label: string): string {
  return squash(stripNumbering(nfkc(label)).replace(/\([^)]*\)/g, ''));
}

/** Character-bigram Dice similarity of two squashed strings (0…1). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      common++;
      grams.set(g, n - 1);
    }
  }
  return (2 * common) / (a.length - 1 + (b.length - 1));
}

/** Lines of web-page chrome that are never part of a report. */
const CHROME =
  /^(?:=+\s*正文\s*=+$|栏目[:：]|原文链接|本地目录[:：]|页面链接|采集时间[:：]|标题[:：]|单位[:：]|https?:\/\/\S+$|\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]$|繁體版|无障碍|适老化|欢迎访问|首页|当前位置|您当前的位置|来源[:：]|发布时间|发布日期|发布机构|浏览次数|访问量|字号|【?\s*字体|打印本页|关闭窗口|【?打印|【?关闭|分享到|扫一扫|附件下载|附件[:：]?$|相关链接|上一篇|下一篇|责任编辑|信息来源|索引号|主题分类|成文日期|文号|网站地图|联系我们|版权所有|主办单位|承办单位|主办[:：]|承办[:：]|协办[:：]|技术支持|ICP备|网站标识码|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP|.{0,20}公网安备|Copyright|©)/i;

const PAGE_MARK = /^(?:[-—–―]+\s*\d{1,3}\s*[-—–―]+|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)$/;

export function isChrome(line: string): boolean {
  const t = nfkc(line).trim();
  return CHROME.test(t) || /^【.{0,8}】$/.test(t) || PAGE_MARK.test(t);
}
