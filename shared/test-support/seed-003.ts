// Seed 003 (石柱县南宾街道办事处 2024, 2021 format) typed by hand from fixtures/seeds/003_*.txt, as a draft.
import { createDraft } from '../draft/create';
import type { Draft } from '../draft/schema';
import { T3_COLUMNS } from '../formats/common-tables';
import { gov2021 } from '../formats/gov-2021';

const T3_ROWS = gov2021.tables.find((t) => t.id === 't3')?.rows.filter((r) => r.kind === 'input') ?? [];

/** Non-zero figures of table 三 in seed 003 (every other input cell is 0). */
const T3_FIGURES: Record<string, number> = {
  't3.new.natural': 4,
  't3.granted.natural': 2,
  't3.unable_none.natural': 1,
  't3.other_overdue.natural': 1,
};

export const SEED_003_TEXTS = {
  s1: [
    '（一）“时效并重”公开内容，主动公开回应群众关切。充分运用传统公开载体，在街道办事处、村（社区）办公场所设置政务公开栏14个，聚焦群众关注的热点、难点问题，重点公开社会保障、教育医疗、环境保护、安全生产等领域的政策举措与工作进展。今年南宾街道政府网站发布信息共372条，其中机构职能信息6条、工作动态信息56条、其他各类信息310条。',
    '（二）“精益求精”完善机制，规范依申请公开流程。制定并优化了南宾街道政务公开工作制度、南宾街道政务信息依申请公开制度等一系列规章制度，构建“三审三校”信息发布审核机制。今年以来，收到并处理依申请公开政府信息4条。',
    '（三）“高位推动”强化领导，做细做实管理。成立了以办事处主任为组长的政务公开工作领导小组，定期举行政务公开工作会议6次。',
    '（四）“智治赋能”更新技术，优化平台建设。在南宾街道办事处公共服务中心设置线下政务公开专区1个，利用“141”智治平台、微信居民圈群等方式告知群众政务公开政策。',
    '（五）“不松一篙”严格监督，确保公开质效。今年共开展检查5次，发现并整改问题8个。今年共接收群众意见和建议2条，处理并回复2条，群众满意度达100%。',
  ].join('\n'),
  s5: [
    '一是公开内容有待进一步深化。街道部分岗位工作人员对政务公开工作的重视程度不够，仍存在公开内容的“死角、盲区”。二是队伍建设有待进一步硬化。我街道相关工作人员业务能力和水平有待提升。',
    '针对以上问题，接下来我街道将立足实际，明确主体，推动政府信息公开工作提质增效。一是加强体系建设，提高公开质量。二是坚持问题导向，规范公开内容。三是加强联动协调，拓宽信息渠道。',
  ].join('\n'),
  s6: '严格执行《政府信息公开信息处理费管理办法》标准，2024年我街道未收取政府信息公开信息处理费。',
};

export function seed003Draft(): Draft {
  const draft = createDraft({
    agency: '石柱土家族自治县人民政府南宾街道办事处',
    year: 2024,
    formatId: 'gov-2021',
    id: 'seed-003',
    now: '2025-01-20T08:00:00.000Z',
  });
  const cells: Record<string, number> = {
    't2_1.rules.issued': 0,
    't2_1.rules.repealed': 0,
    't2_1.rules.valid': 0,
    't2_1.norms.issued': 0,
    't2_1.norms.repealed': 0,
    't2_1.norms.valid': 0,
    't2_5.license.decisions': 264,
    't2_6.penalty.decisions': 156,
    't2_6.coercion.decisions': 0,
    't2_8.fees.amount': 0,
  };
  for (const row of T3_ROWS) {
    for (const col of T3_COLUMNS) {
      if (col.key === 'total') continue;
      const key = `t3.${row.key}.${col.key}`;
      cells[key] = T3_FIGURES[key] ?? 0;
    }
  }
  for (const col of ['review', 'direct', 'after']) {
    for (const r of ['upheld', 'corrected', 'other', 'pending']) cells[`t4.cases.${col}_${r}`] = 0;
  }
  return {
    ...draft,
    texts: { ...draft.texts, ...SEED_003_TEXTS },
    cells,
    signature: { agency: '石柱土家族自治县人民政府南宾街道办事处', date: '2025-01-20' },
  };
}
