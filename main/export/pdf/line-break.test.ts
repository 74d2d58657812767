// Line breaker: fills lines, keeps figure runs whole, applies 避头尾, indents the first line.
import fc from 'fast-check';
import { breakLines, tokenize } from './line-break';

const em = (s: string) => [...s].length * 10; // every character 10 pt wide

/**
 * Property runs: a fixed seed in CI; `FC_RANDOM=1 FC_RUNS=50000 npx jest main/export/pdf/line-break` explores
 * random seeds (fast-check prints the seed and path of any counterexample).
 */
const runs = (seed: number, numRuns: number) =>
  process.env.FC_RANDOM ? { numRuns: Number(process.env.FC_RUNS ?? 20000) } : { numRuns, seed };

describe('tokenize', () => {
  it('keeps digit and Latin runs together', () => {
    expect(tokenize('2024年12月收到ABC申请3.5%')).toEqual([
      '2024',
      '年',
      '12',
      '月',
      '收',
      '到',
      'ABC',
      '申',
      '请',
      '3.5%',
    ]);
  });
});

describe('breakLines', () => {
  it('fills lines to the width and marks the last one', () => {
    const lines = breakLines('一二三四五六七八九十甲乙', 50, em);
    expect(lines.map((l) => l.text)).toEqual(['一二三四五', '六七八九十', '甲乙']);
    expect(lines.map((l) => l.last)).toEqual([false, false, true]);
  });

  it('never splits a number across lines', () => {
    const lines = breakLines('一二三2024年', 50, em);
    expect(lines.map((l) => l.text)).toEqual(['一二三', '2024年']);
  });

  it('does not start a line with closing punctuation', () => {
    const lines = breakLines('一二三四五，六七', 50, em);
    expect(lines[1]?.text.startsWith('，')).toBe(false);
    expect(lines.map((l) => l.text).join('')).toBe('一二三四五，六七');
    expect(lines[1]?.text).toBe('五，六七');
  });

  it('moves a run of closing punctuation down together with the character before it', () => {
    const lines = breakLines('一二三四。”五', 50, em);
    expect(lines.map((l) => l.text)).toEqual(['一二三', '四。”五']);
  });

  it('property: never starts a line with closing punctuation nor ends one with an opening mark, and loses nothing', () => {
    const alphabet = [...'一二三四五六七八九十，。、；：？！）》”“《（2024年'];
    const closing = '，。、；：？！）》”';
    const opening = '“《（';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 5, maxLength: 45 }), (chars) => {
        const text = chars.join('');
        const lines = breakLines(text, 60, em);
        expect(lines.map((l) => l.text).join('')).toBe(text);
        lines.forEach((l, i) => {
          if (i > 0 && [...l.text].some((c) => !closing.includes(c)))
            expect(closing).not.toContain(l.text[0]);
          if (i < lines.length - 1 && [...l.text].some((c) => !opening.includes(c))) {
            expect(opening).not.toContain(l.text.slice(-1));
          }
        });
      }),
      runs(20261129, 300),
    );
  });

  it('regression (issue 11): a run of closing punctuation longer than the slack never starts a line', () => {
    const chars = ['2', '2', '2', '！', '）', '？', '》', '一', '一', '一', '一', '一'];
    const text = chars.join('');
    const lines = breakLines(text, 60, em);
    expect(lines.map((l) => l.text).join('')).toBe(text);
    for (const l of lines.slice(1)) expect('！）？》').not.toContain(l.text[0]);
    expect(lines.every((l) => l.width <= 60)).toBe(true);
  });

  it('property: runs of closing and opening marks of any length, width never exceeded', () => {
    const closing = '，。、；：？！）》”';
    const opening = '“《（';
    const piece = fc.oneof(
      fc.constantFrom(...'一二三四五六七八九十'),
      fc.constantFrom('2', '22', '2024', 'ABC', ' ', 'http://a.gov.cn/b/c.html'),
      fc.string({ unit: fc.constantFrom(...closing), minLength: 1, maxLength: 4 }),
      fc.string({ unit: fc.constantFrom(...opening), minLength: 1, maxLength: 4 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 3, maxLength: 30 }),
        fc.integer({ min: 6, max: 12 }),
        (ps, n) => {
          const text = ps.join('');
          // A space inside a run of marks can make the run wider than a line: no break satisfies 避头尾 then.
          fc.pre(!/[“《（] | [，。、；：？！）》”]/.test(text));
          const lines = breakLines(text, n * 10, em);
          expect(
            lines
              .map((l) => l.text)
              .join('')
              .replace(/ /g, ''),
          ).toBe(text.replace(/ /g, ''));
          lines.forEach((l, i) => {
            expect(l.tokens.join('')).toBe(l.text);
            if (i > 0 && [...l.text].some((c) => !closing.includes(c)))
              expect(closing).not.toContain(l.text[0]);
            if (i < lines.length - 1 && [...l.text].some((c) => !opening.includes(c)))
              expect(opening).not.toContain(l.text.slice(-1));
            expect(l.width).toBeLessThanOrEqual(n * 10 + 0.01);
          });
        },
      ),
      runs(1652696017, 500),
    );
  });

  it('breaks a URL after a slash and never past the width', () => {
    const url = 'http://www.example.gov.cn/zwgk/zfxxgkzl/index.html';
    const lines = breakLines(`详见${url}。`, 300, em);
    expect(lines.map((l) => l.text).join('')).toBe(`详见${url}。`);
    expect(lines.every((l) => l.width <= 300)).toBe(true);
    for (const l of lines.slice(0, -1)) expect(l.text.endsWith('/') || l.text.endsWith('见')).toBe(true);
  });

  it('keeps a phone number with its dash together', () => {
    const lines = breakLines('联系电话：一二三四五0591—88086122。', 160, em);
    expect(lines.some((l) => l.text.includes('0591—88086122'))).toBe(true);
  });

  it('breaks names between words, not inside 奎屯市 or 人民政府', () => {
    const name = '新疆维吾尔自治区伊犁哈萨克自治州奎屯市人民政府';
    for (let n = 4; n <= 20; n++) {
      const lines = breakLines(name, n * 10, em, 0, { words: true });
      expect(lines.map((l) => l.text).join('')).toBe(name);
      for (const l of lines.slice(0, -1)) {
        expect(l.text).not.toMatch(/奎$|奎屯$|人$|人民$|人民政$/);
      }
    }
  });

  it('does not end a line with an opening bracket or quote', () => {
    const lines = breakLines('一二三四《五六》', 50, em);
    expect(lines[0]?.text.endsWith('《')).toBe(false);
    expect(lines.map((l) => l.text).join('')).toBe('一二三四《五六》');
  });

  it('indents the first line', () => {
    const lines = breakLines('一二三四五六七', 50, em, 20);
    expect(lines.map((l) => l.text)).toEqual(['一二三', '四五六七']);
  });

  it('splits a run longer than a line instead of overflowing', () => {
    const lines = breakLines('12345678901234', 50, em);
    expect(lines.every((l) => l.width <= 50)).toBe(true);
    expect(lines.map((l) => l.text).join('')).toBe('12345678901234');
  });
});
