// 导出 dialog: errors and 需核对 figures are listed before exporting, an existing file is overwritten only when confirmed.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createDraft } from '../../shared/draft/create';
import type { ApiClient } from '../../shared/ipc/contract';
import { ApiError, setApi } from '../api';
import { ExportDialog } from './export-dialog';

const draft = createDraft({ agency: '甲街道办事处', year: 2025, now: '2026-01-01T00:00:00Z', id: 'd1' });
const error = { ruleId: 'R3-1', level: 'error' as const, cells: [], message: '表三“自然人”列不平' };

const settings = { defaultAgency: '', exportDir: '/home/u/Documents/年报导出', deadline: '01-31' };

function fakeApi(run: jest.Mock, set: jest.Mock = jest.fn(async () => settings)) {
  setApi({
    'export:run': run,
    'settings:get': async () => settings,
    'settings:set': set,
  } as unknown as ApiClient);
}

/** Opens the dialog for a draft with no errors and presses 导出. */
function exportClean(): void {
  render(
    <ExportDialog draft={draft} readOnly={false} errors={[]} flush={async () => true} onClose={jest.fn()} />,
  );
  fireEvent.click(screen.getByRole('button', { name: '导出' }));
}

describe('ExportDialog', () => {
  it('shows the PDF writer’s warnings beside the file written', async () => {
    const warning = '字体中没有以下字符，已印作〓：U+E000';
    const run = jest.fn(async () => [{ kind: 'pdf', path: '/out/甲.pdf', warnings: [warning] }]);
    fakeApi(run);
    exportClean();
    await screen.findByRole('dialog', { name: '导出完成' });
    expect(screen.getByTestId('written-warning')).toHaveTextContent(`注意：${warning}`);
  });

  it('lists the errors first and exports only after 仍然导出', async () => {
    const run = jest.fn(async () => [{ kind: 'pdf', path: '/out/甲.pdf' }]);
    fakeApi(run);
    const flush = jest.fn(async () => true);
    render(
      <ExportDialog draft={draft} readOnly={false} errors={[error]} flush={flush} onClose={jest.fn()} />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Word 文档（.docx）' }));
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    expect(screen.getByRole('dialog', { name: '报告还有错误' })).toHaveTextContent(
      'R3-1：表三“自然人”列不平',
    );
    expect(run).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '仍然导出' }));
    await screen.findByRole('dialog', { name: '导出完成' });
    expect(flush).toHaveBeenCalled();
    expect(run).toHaveBeenCalledWith({ draftId: 'd1', kinds: ['pdf'], overwrite: false });
    expect(screen.getByTestId('written-path')).toHaveTextContent('/out/甲.pdf');
  });

  it('warns of 需核对 figures left from an import before exporting', async () => {
    const run = jest.fn(async () => [{ kind: 'pdf', path: '/out/甲.pdf' }]);
    fakeApi(run);
    const doubtful = {
      ...draft,
      unresolved: { 't3.new.natural': { source: '82135', reason: '无法确定', candidates: [] } },
    };
    render(
      <ExportDialog
        draft={doubtful}
        readOnly={false}
        errors={[]}
        flush={async () => true}
        onClose={jest.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    expect(screen.getByRole('dialog', { name: '报告还有需核对的数字' })).toHaveTextContent(
      '还有 1 个导入时未能确定的数字',
    );
    expect(run).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '仍然导出' }));
    await screen.findByRole('dialog', { name: '导出完成' });
  });

  it('asks before overwriting and overwrites only when told', async () => {
    const run = jest
      .fn()
      .mockRejectedValueOnce(new ApiError('EXISTS', '文件已存在：/out/甲.docx'))
      .mockResolvedValue([{ kind: 'docx', path: '/out/甲.docx' }]);
    fakeApi(run);
    exportClean();
    const ask = await screen.findByRole('dialog', { name: '文件已存在' });
    expect(ask).toHaveTextContent('/out/甲.docx');
    fireEvent.click(screen.getByRole('button', { name: '覆盖' }));
    await screen.findByRole('dialog', { name: '导出完成' });
    expect(run).toHaveBeenLastCalledWith({ draftId: 'd1', kinds: ['docx', 'pdf'], overwrite: true });
  });

  it('does not export when the pending edits could not be saved, and exports a read-only report as shown', async () => {
    const run = jest.fn(async () => [{ kind: 'pdf', path: '/out/x.pdf' }]);
    fakeApi(run);
    const { unmount } = render(
      <ExportDialog
        draft={draft}
        readOnly={false}
        errors={[]}
        flush={async () => false}
        onClose={jest.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    await screen.findByText(/当前修改尚未保存/);
    expect(run).not.toHaveBeenCalled();
    unmount();
    render(<ExportDialog draft={draft} readOnly errors={[]} flush={async () => false} onClose={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    await waitFor(() =>
      expect(run).toHaveBeenCalledWith({ draft, kinds: ['docx', 'pdf'], overwrite: false }),
    );
  });

  it('shows the export folder and changes it in browser mode, offering 创建并使用 for a missing folder', async () => {
    const set = jest
      .fn()
      .mockRejectedValueOnce(new ApiError('NOT_FOUND', '文件夹“/srv/新”不存在。'))
      .mockResolvedValue({ ...settings, exportDir: '/srv/新' });
    fakeApi(jest.fn(), set);
    render(
      <ExportDialog
        draft={draft}
        readOnly={false}
        errors={[]}
        flush={async () => true}
        onClose={jest.fn()}
      />,
    );
    expect(await screen.findByTestId('export-folder')).toHaveTextContent('/home/u/Documents/年报导出');
    fireEvent.click(screen.getByRole('button', { name: '更改…' }));
    fireEvent.change(screen.getByLabelText('新的导出文件夹', { exact: false }), {
      target: { value: '/srv/新' },
    });
    fireEvent.click(screen.getByRole('button', { name: '使用此文件夹' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '文件夹“/srv/新”不存在。要创建它并用作导出文件夹吗？',
    );
    fireEvent.click(screen.getByRole('button', { name: '创建并使用' }));
    await waitFor(() => expect(screen.getByTestId('export-folder')).toHaveTextContent('/srv/新'));
    expect(set.mock.calls).toEqual([
      [{ exportDir: '/srv/新' }],
      [{ exportDir: '/srv/新', createExportDir: true }],
    ]);
  });
});
