// selectQuote: a text issue's link lands on the words it is about.
import { selectQuote } from './focus-target';

describe('selectQuote', () => {
  it('selects the quoted words in a text area', () => {
    const ta = document.createElement('textarea');
    ta.value = '（一）主动公开\n全年收到政府信息公开申请6件。';
    expect(selectQuote(ta, '收到政府信息公开申请6件')).toBe(true);
    expect(ta.value.slice(ta.selectionStart, ta.selectionEnd)).toBe('收到政府信息公开申请6件');
  });
  it('leaves other elements and missing words alone', () => {
    const ta = document.createElement('textarea');
    ta.value = '无';
    expect(selectQuote(ta, '申请')).toBe(false);
    expect(selectQuote(document.createElement('input'), '申请')).toBe(false);
  });
});
