// The six section headings of the 2019 and 2021 formats (formats.md §2), with the variants seen in published reports.
import type { SectionDef } from './types';

export function governmentSections(subHeadingsOfOne?: readonly string[]): SectionDef[] {
  return [
    {
      id: 's1',
      heading: '一、总体情况',
      kind: 'text',
      ...(subHeadingsOfOne ? { subHeadings: subHeadingsOfOne } : {}),
      hint: '综述本机关贯彻落实《中华人民共和国政府信息公开条例》情况，突出重点，尽可能用数据说话。',
    },
    {
      id: 's2',
      heading: '二、主动公开政府信息情况',
      kind: 'tables',
      aliases: ['二、主动公开政府信息的情况'],
    },
    {
      id: 's3',
      heading: '三、收到和处理政府信息公开申请情况',
      kind: 'tables',
      tableIds: ['t3'],
      aliases: ['三、收到和处理政府信息公开申请的情况'],
    },
    {
      id: 's4',
      heading: '四、政府信息公开行政复议、行政诉讼情况',
      kind: 'tables',
      tableIds: ['t4'],
      aliases: [
        '四、政府信息公开行政法复议、行政诉讼情况',
        '四、政府信息公开行政复议和行政诉讼情况',
        '四、政府信息公开行政复议与行政诉讼情况',
        '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      ],
    },
    {
      id: 's5',
      heading: '五、存在的主要问题及改进情况',
      kind: 'text',
      subHeadings: ['（一）存在的主要问题', '（二）改进情况'],
      aliases: ['五、政府信息公开工作存在的主要问题及改进情况', '五、存在的主要问题及改进措施'],
      hint: '写明本年度存在的问题和改进措施，并说明上一年度问题的整改情况；不要照抄上年文字。',
    },
    {
      id: 's6',
      heading: '六、其他需要报告的事项',
      kind: 'text',
      aliases: ['六、其他需要报告事项'],
      hint: '须说明收取信息处理费情况（如“本年度未收取信息处理费”）。',
    },
  ];
}
