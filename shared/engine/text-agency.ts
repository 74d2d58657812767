// Checks decided by the agency name: 规章 from an office that cannot make them (R2-2), and 各级人民政府 stating
// 工作考核、社会评议和责任追究结果 (条例第五十条, R6-2).
import type { TextRule } from '../formats';
import { proseOf, textIssue, type TextContext } from './text-context';
import type { Issue } from './types';

const agencyName = (ctx: TextContext): string =>
  (ctx.draft.signature.agency || ctx.draft.agency).replace(/\s/g, '');

/** 街道办事处, 乡镇人民政府 and county-level offices (县/区/旗, not 自治区) cannot make 规章. */
export function cannotMakeRules(name: string): boolean {
  const n = name.replace(/自治区/g, '');
  return /街道|[乡镇](人民)?政府|[乡镇]$|[县旗]|[^地]区/.test(n);
}

/** A 人民政府 itself (not one of its departments or its 办公室). */
export const isGovernment = (name: string): boolean => /人民政府$/.test(name);

export function rulesByAgency(ctx: TextContext, rule: TextRule): Issue[] {
  const name = agencyName(ctx);
  if (!name || !cannotMakeRules(name)) return [];
  const cells = (ctx.format.roles.regulations ?? []).filter((k) => (ctx.values[k] ?? 0) > 0);
  if (cells.length === 0) return [];
  const total = cells.reduce((s, k) => s + (ctx.values[k] ?? 0), 0);
  return [
    textIssue(
      rule,
      `“${name}”不能制定规章（只有省级、设区的市级人民政府和国务院部门可以），但表二“规章”行填写了 ${total} 件：请核对是否应填在“行政规范性文件”行`,
      { cells },
    ),
  ];
}

const ASPECTS = [
  { name: '工作考核', re: /考核/ },
  { name: '社会评议', re: /评议/ },
  { name: '责任追究结果', re: /责任追究|追责|问责/ },
] as const;

export function assessmentStated(ctx: TextContext, rule: TextRule): Issue[] {
  const name = agencyName(ctx);
  if (!isGovernment(name)) return [];
  const all = [ctx.draft.preamble, ...proseOf(ctx).map((s) => s.text)].join('\n');
  const missing = ASPECTS.filter((a) => !a.re.test(all)).map((a) => a.name);
  if (missing.length === 0) return [];
  const sections = proseOf(ctx);
  const last = ctx.format.feeSectionId ?? sections[sections.length - 1]?.id;
  return [
    textIssue(
      rule,
      `${name}的报告应说明政府信息公开工作考核、社会评议和责任追究结果（条例第五十条），正文未写${missing.map((m) => `“${m}”`).join('、')}`,
      { sectionId: last },
    ),
  ];
}
