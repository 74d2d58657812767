// Text section: typing goes to the draft, canonical sub-headings are offered, last year's text is beside it.
import { fireEvent, render, screen } from '@testing-library/react';
import { createDraft } from '../../shared/draft/create';
import type { Draft } from '../../shared/draft/schema';
import { getFormat } from '../../shared/formats';
import type { ReportAction } from '../state';
import { TextSection } from './text-section';

const format = getFormat('gov-2021');
const s1 = format.sections.find((s) => s.id === 's1');
if (!s1) throw new Error('no s1');

function draftWith(text: string, previous: string | null): Draft {
  const d = createDraft({ agency: '甲街道办事处', year: 2025, now: '2026-01-01T00:00:00Z', id: 'd' });
  return {
    ...d,
    texts: { ...d.texts, s1: text },
    previous: previous
      ? { source: '草稿', agency: '甲', year: 2024, formatId: 'gov-2021', cells: {}, texts: { s1: previous } }
      : null,
  };
}

describe('TextSection', () => {
  it('offers only the missing sub-headings and inserts one in canonical order', () => {
    const actions: ReportAction[] = [];
    render(
      <TextSection
        section={s1}
        draft={draftWith('（一）主动公开\n甲。\n（三）政府信息管理', null)}
        issues={[]}
        dispatch={(a) => actions.push(a)}
        readOnly={false}
        problemsSection={false}
      />,
    );
    expect(screen.queryByRole('button', { name: '（一）主动公开' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '（二）依申请公开' }));
    expect(actions).toEqual([
      {
        type: 'setText',
        sectionId: 's1',
        text: '（一）主动公开\n甲。\n（二）依申请公开\n（三）政府信息管理',
      },
    ]);
  });

  it('sends typing to the reducer and shows last year for reference, with the repeat warning', () => {
    const actions: ReportAction[] = [];
    render(
      <TextSection
        section={s1}
        draft={draftWith('', '去年我们做了很多工作。')}
        issues={[
          { ruleId: 'T-1', level: 'warning', cells: [], message: '正文与上年报告重复过半', sectionId: 's1' },
        ]}
        dispatch={(a) => actions.push(a)}
        readOnly={false}
        problemsSection={false}
      />,
    );
    expect(screen.getByRole('complementary', { name: '上年正文（仅供参考）' })).toHaveTextContent(
      '去年我们做了很多工作。',
    );
    expect(screen.getByRole('note')).toHaveTextContent('警告：正文与上年报告重复过半');
    fireEvent.change(screen.getByLabelText('一、总体情况正文'), { target: { value: '今年。' } });
    expect(actions).toEqual([{ type: 'setText', sectionId: 's1', text: '今年。' }]);
    fireEvent.click(screen.getByRole('button', { name: '隐藏上年正文' }));
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});
