// Names wrap at word boundaries, within the width; punctuation goes full width only next to Chinese text.
import { fullWidthPunctuation } from './punct';
import { emWidth, wrapName } from './wrap';

const NAMES = [
  '石柱土家族自治县南宾街道办事处',
  '新疆维吾尔自治区伊犁哈萨克自治州奎屯市人民政府办公室政务服务局',
  '内蒙古自治区鄂尔多斯市伊金霍洛旗乌兰木伦镇人民政府办公室综合行政执法局政务公开科信息化服务中心数据资源管理与共享交换平台运行维护科',
  'Shanghai Pudong New Area 人民政府',
];

describe('wrapName', () => {
  it.each(NAMES)('keeps every line of %s within the width and the text whole', (name) => {
    for (const width of [20, 24]) {
      const lines = wrapName(name, width);
      expect(lines.join('')).toBe(name);
      for (const l of lines) expect(emWidth(l)).toBeLessThanOrEqual(width);
      for (const l of lines.slice(1)) expect([...l].length).toBeGreaterThanOrEqual(2);
    }
  });

  it('breaks after administrative units, never inside 奎屯市', () => {
    const lines = wrapName('新疆维吾尔自治区伊犁哈萨克自治州奎屯市人民政府办公室', 20);
    expect(lines).toEqual(['新疆维吾尔自治区伊犁哈萨克自治州奎屯市', '人民政府办公室']);
    expect(wrapName('某某街道办事处', 20)).toEqual(['某某街道办事处']);
    expect(wrapName('', 20)).toEqual([]);
  });
});

describe('fullWidthPunctuation', () => {
  it.each([
    ['今年,共收到申请:4件;办结(含转办)4件。', '今年，共收到申请：4件；办结（含转办）4件。'],
    ['(1)围绕重点', '（1）围绕重点'],
    ['邮编:350004,电话:0591-88086122', '邮编：350004，电话：0591-88086122'],
    ['门户网站(http://www.a.gov.cn/)', '门户网站（http://www.a.gov.cn/）'],
    [
      'The office (see above), open 8:30-12:00, 1,295 files.',
      'The office (see above), open 8:30-12:00, 1,295 files.',
    ],
    ['于12:30召开,共1,295件', '于12:30召开，共1,295件'],
  ])('%s → %s', (typed, printed) => {
    expect(fullWidthPunctuation(typed)).toBe(printed);
  });
});
