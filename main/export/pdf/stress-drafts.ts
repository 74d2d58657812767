// Stress drafts for the PDF layout tests: long 机关名称, 7-digit counts, long URLs and English, text ending on every line.
import type { Draft } from '../../../shared/draft/schema';
import { getFormat, inputCells } from '../../../shared/formats';

/** 31 characters. */
export const NAME_31 = '新疆维吾尔自治区伊犁哈萨克自治州奎屯市人民政府办公室政务公开科';
/** 60 characters. */
export const NAME_60 =
  '中华人民共和国新疆维吾尔自治区伊犁哈萨克自治州奎屯市人民政府办公室政务公开与政府信息公开工作领导小组办公室综合业务科';

export const LONG_URL =
  'https://www.kuitun.gov.cn/zwgk/zfxxgkzl/fdzdgknr/zfxxgknb/2024nianzhengfuxinxigongkaigongzuoniandubaogao/index.html';
export const ENGLISH =
  'The district government published its annual report on the open government information portal, ' +
  'together with Interdepartmentalization guidelines and a questionnaire.';
export const PHONE = '0591—88086122';
/** Supplementary-plane characters of the 通用规范汉字表 (place and person names) and a private-use character. */
export const RARE_NAME = '𬌗𬇙镇人民政府';
export const PRIVATE_USE = '\ue000';

export interface StressCase {
  readonly name: string;
  readonly draft: Draft;
}

function withTexts(base: Draft, texts: Partial<Record<string, string>>): Draft {
  const merged: Record<string, string> = { ...base.texts };
  for (const [k, v] of Object.entries(texts)) if (v !== undefined) merged[k] = v;
  return { ...base, texts: merged };
}

/** Every input cell of 表三/表四 set to a 7-digit count, amounts to 12345.6789 (totals are computed, may be larger). */
function bigFigures(base: Draft): Draft {
  const cells: Record<string, number | null> = {};
  for (const key of inputCells(getFormat(base.formatId))) {
    if (key.startsWith('t3.') || key.startsWith('t4.')) cells[key] = 1234567;
    else if (/amount/.test(key)) cells[key] = 12345.6789;
    else if (/change/.test(key)) cells[key] = -987654;
    else cells[key] = 9876543;
  }
  return { ...base, cells: { ...base.cells, ...cells } };
}

const FILLER = '本机关坚持以公开为常态、不公开为例外，持续深化政务公开工作，推动政府信息管理规范化标准化';

/** `n` characters of body text (no punctuation at the end except a full stop). */
function bodyText(n: number): string {
  let s = '';
  while ([...s].length < n - 1) s += FILLER;
  return [...s].slice(0, n - 1).join('') + '。';
}

export function stressCases(base: Draft): StressCase[] {
  const cases: StressCase[] = [
    {
      name: 'name-31',
      draft: { ...base, agency: NAME_31, signature: { ...base.signature, agency: NAME_31 } },
    },
    {
      name: 'name-60',
      draft: { ...base, agency: NAME_60, signature: { ...base.signature, agency: NAME_60 } },
    },
    { name: 'figures', draft: bigFigures(base) },
    {
      name: 'rare',
      draft: withTexts(
        { ...base, agency: RARE_NAME, signature: { ...base.signature, agency: RARE_NAME } },
        { s6: `经办人王𫓧、李喆，自造字“${PRIVATE_USE}”。` },
      ),
    },
    {
      name: 'latin',
      draft: withTexts(base, {
        s2: `本年度报告电子版公布在${LONG_URL}，欢迎查阅。${ENGLISH}联系电话：${PHONE}，一二三四五六七八九十一二三四五六七八九十一二三四${PHONE}。`,
        s6: `如对本报告有疑问，请访问${LONG_URL}或致电${PHONE}咨询。`,
      }),
    },
  ];
  // The last section's text grows one line (28 characters) at a time, so the text ends on every line of a page.
  for (let k = 0; k < 24; k++) {
    cases.push({ name: `ends-${k}`, draft: withTexts(base, { s6: bodyText(2 + k * 28) }) });
  }
  // The same with the last section left empty: its heading stands directly before the 落款.
  for (let k = 0; k < 24; k++) {
    cases.push({ name: `ends-head-${k}`, draft: withTexts(base, { s5: bodyText(2 + k * 28), s6: '' }) });
  }
  return cases;
}
