// 我的年报 card and 重命名: a copy shows its list name next to the unchanged 机关名称; renaming can change both.
import { fireEvent, render, screen } from '@testing-library/react';
import type { ApiClient } from '../../shared/ipc/contract';
import type { DraftSummary } from '../../shared/ipc/draft-channels';
import { setApi } from '../api';
import { RenameModal } from './rename-modal';
import { ReportCard } from './report-card';

const summary: DraftSummary = {
  id: 'c1',
  agency: '甲街道办事处',
  title: '副本',
  year: 2025,
  formatId: 'gov-2021',
  errors: 0,
  warnings: 0,
  savedAt: '2026-01-05T08:00:00Z',
  readOnly: false,
};

it('shows a copy’s list name beside the 机关名称', () => {
  render(<ReportCard summary={summary} onAction={() => {}} />);
  expect(screen.getByRole('article', { name: '甲街道办事处 2025年度（副本）' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('甲街道办事处副本');
});

it('renames the list name without touching the 机关名称', async () => {
  const rename = jest.fn(async (req: unknown) => req);
  setApi({ 'drafts:rename': rename } as unknown as ApiClient);
  const done = jest.fn();
  render(<RenameModal summary={summary} onClose={() => {}} onDone={done} />);
  fireEvent.change(screen.getByLabelText('列表中的名称（可不填，不打印）'), { target: { value: '送审稿' } });
  fireEvent.click(screen.getByRole('button', { name: '保存' }));
  await screen.findByRole('dialog');
  await new Promise((r) => setTimeout(r, 0));
  expect(rename).toHaveBeenCalledWith({ id: 'c1', agency: '甲街道办事处', title: '送审稿' });
  expect(done).toHaveBeenCalled();
});
