// Where a row's label stands in the text before its figures: whole, wrapped round them, or beside a stub cell.
import { getFormat } from '../formats';
import { matchBefore, matchersOf } from './label-match';

const t3 = getFormat('gov-2021').tables.find((t) => t.id === 't3');
const { labelled } = matchersOf(t3 ? [t3] : []);
const rowOf = (before: string, after = '') => matchBefore(before, after, labelled)?.m.row.key;

describe('matchBefore', () => {
  it('takes the label printed right before the figures', () => {
    expect(rowOf('一本年新收政府信息公开申请数量')).toBe('new');
  });

  it('takes a label wrapped round its figure line when its rest follows the figures', () => {
    expect(rowOf('4保护第三方合法权益5属于三类内部事务', '信息6属于四类过程性信')).toBe('withheld_internal');
  });

  it('reads a label whose line carries characters of a stub cell printed down the side', () => {
    // 三、本年度办理结果 printed one character a line beside 1.属于国家秘密: "本" inside the label, "年" after it.
    const m = matchBefore('三1属于本国家秘', '年密度办2其他', labelled);
    expect(m?.m.row.key).toBe('withheld_secret');
    expect(m?.afterUsed).toBe(2);
    expect(rowOf('年密度办2其他理三法律行结政法规', '果不禁止公予开公开3危及三安')).toBe('withheld_law');
  });

  it('does not take stub characters for a label whose rest is not printed after the figures', () => {
    expect(rowOf('三1属于本国家秘', '4保护第三方合法权益')).toBeUndefined();
  });
});
