// 校验 panel: errors listed first, each a link to its section, 空白填 0 offered while cells are blank.
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Issue } from '../../shared/engine';
import { getFormat } from '../../shared/formats';
import { IssuesPanel, IssuesStrip } from './issues-panel';

const format = getFormat('gov-2021');
const issues: Issue[] = [
  { ruleId: 'R6-1', level: 'warning', cells: [], message: '第六部分应说明收费', sectionId: 's6' },
  {
    ruleId: 'R3-1',
    level: 'error',
    cells: ['t3.new.natural', 't3.carried.natural'],
    message: '表三“自然人”列不平',
  },
  { ruleId: 'C9', level: 'info', cells: [], message: '仅供参考' },
];

describe('IssuesPanel', () => {
  it('lists errors before warnings, hides hints until asked, and links each to its section', () => {
    const onGo = jest.fn();
    const onFill = jest.fn();
    render(
      <IssuesPanel
        format={format}
        issues={issues}
        blanks={3}
        onGo={onGo}
        onFillBlanks={onFill}
        readOnly={false}
      />,
    );
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      expect.stringContaining('R3-1'),
      expect.stringContaining('R6-1'),
    ]);
    expect(screen.getByTestId('issue-counts')).toHaveTextContent('错误 1 · 警告 1');
    fireEvent.click(items[0] as HTMLElement);
    expect(onGo).toHaveBeenCalledWith(issues[1], 's3');
    fireEvent.click(items[1] as HTMLElement);
    expect(onGo).toHaveBeenLastCalledWith(issues[0], 's6');
    fireEvent.click(screen.getByRole('button', { name: '显示提示（1）' }));
    expect(screen.getByText('仅供参考')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '空白填 0' }));
    expect(onFill).toHaveBeenCalledTimes(1);
  });

  it('says so when there is nothing to fix', () => {
    render(
      <IssuesPanel
        format={format}
        issues={[]}
        blanks={0}
        onGo={jest.fn()}
        onFillBlanks={jest.fn()}
        readOnly={false}
      />,
    );
    expect(screen.getByText('✓ 没有发现问题')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '空白填 0' })).toBeNull();
  });

  it('folds to a strip with the counts and opens again', () => {
    const onCollapse = jest.fn();
    const { unmount } = render(
      <IssuesPanel
        format={format}
        issues={issues}
        blanks={0}
        onGo={jest.fn()}
        onFillBlanks={jest.fn()}
        readOnly={false}
        onCollapse={onCollapse}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '收起' }));
    expect(onCollapse).toHaveBeenCalledTimes(1);
    unmount();
    const onExpand = jest.fn();
    render(<IssuesStrip errors={2} warnings={0} onExpand={onExpand} />);
    const button = screen.getByRole('button', { name: /展开校验/ });
    expect(button).toHaveTextContent('错2');
    fireEvent.click(button);
    expect(onExpand).toHaveBeenCalledTimes(1);
  });
});

describe('issueTarget: the link names its cell, paragraph or field', () => {
  it.each([
    [
      { ruleId: 'R3-1', level: 'error', cells: ['t3.new.natural'], message: 'm' },
      '表三 一、本年新收政府信息公开申请数量 自然人',
    ],
    [
      {
        ruleId: 'R1-2',
        level: 'warning',
        cells: [],
        message: 'm',
        sectionId: 's1',
        quote: '（三）政府信息管理',
      },
      '一、总体情况：“（三）政府信息管理”',
    ],
    [{ ruleId: 'R0-3', level: 'warning', cells: [], message: 'm', field: 'date' }, '成文日期'],
  ] as [Issue, string][])('%#', (issue, text) => {
    render(
      <IssuesPanel
        format={format}
        issues={[issue]}
        blanks={0}
        onGo={jest.fn()}
        onFillBlanks={jest.fn()}
        readOnly={false}
      />,
    );
    expect(screen.getByRole('button')).toHaveTextContent(`→ ${text}`);
  });
});
