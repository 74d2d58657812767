// 设置: the export folder is sent only when changed, a missing one is offered 创建并使用, and the desktop picks it natively.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ApiClient } from '../../shared/ipc/contract';
import { ApiError, setApi } from '../api';
import { NoticeProvider } from '../app/notices';
import { SettingsView } from './settings-view';

const settings = { defaultAgency: '', exportDir: '/home/u/Documents/年报导出', deadline: '01-31' };
const info = { version: '1', dataDir: '/home/u/.config/nianbao', shell: 'browser' as const };
const globals = globalThis as unknown as Record<string, unknown>;

function fakeApi(set: jest.Mock) {
  setApi({
    'settings:get': async () => settings,
    'app:info': async () => info,
    'settings:set': set,
  } as unknown as ApiClient);
}

const view = () =>
  render(
    <NoticeProvider>
      <SettingsView />
    </NoticeProvider>,
  );

afterEach(() => {
  delete globals.nianbao;
  delete globals.nianbaoShell;
});

describe('SettingsView', () => {
  it('browser mode: no folder dialog; a missing folder is created only after 创建并使用', async () => {
    const set = jest
      .fn()
      .mockResolvedValueOnce({ ...settings, defaultAgency: '某局' })
      .mockRejectedValueOnce(new ApiError('NOT_FOUND', '文件夹“/srv/新”不存在。'))
      .mockResolvedValue({ ...settings, exportDir: '/srv/新' });
    fakeApi(set);
    view();
    const agency = await screen.findByLabelText('默认机关名称', { exact: false });
    expect(screen.queryByRole('button', { name: '选择文件夹…' })).toBeNull();
    expect(screen.getByText(/浏览器模式无法弹出选择文件夹的窗口/)).toBeInTheDocument();
    fireEvent.change(agency, { target: { value: '某局' } });
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    await waitFor(() => expect(set).toHaveBeenCalledTimes(1));
    // The untouched export folder is not sent (the default may not exist yet).
    expect(set.mock.calls[0]).toEqual([{ defaultAgency: '某局' }]);
    fireEvent.change(screen.getByLabelText('导出文件夹', { exact: false }), { target: { value: '/srv/新' } });
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '文件夹“/srv/新”不存在。要创建它并用作导出文件夹吗？',
    );
    fireEvent.click(screen.getByRole('button', { name: '创建并使用' }));
    await waitFor(() => expect(screen.queryByText(/要创建它并用作导出文件夹吗/)).toBeNull());
    expect(set.mock.calls[2]).toEqual([{ exportDir: '/srv/新', createExportDir: true }]);
    expect(screen.getByLabelText('导出文件夹', { exact: false })).toHaveValue('/srv/新');
  });

  it('desktop: 选择文件夹… opens the native dialog and uses the folder picked', async () => {
    const set = jest.fn(async (req: { exportDir: string }) => ({ ...settings, exportDir: req.exportDir }));
    fakeApi(set);
    const choose = jest.fn(async () => ({ ok: true, value: { path: 'D:\\年报\\导出' } }));
    globals.nianbao = {};
    globals.nianbaoShell = { 'shell:choose-folder': choose };
    view();
    fireEvent.click(await screen.findByRole('button', { name: '选择文件夹…' }));
    await screen.findByText('设置已保存');
    expect(choose).toHaveBeenCalledWith({ purpose: 'export-folder', current: settings.exportDir });
    expect(set).toHaveBeenCalledWith({ exportDir: 'D:\\年报\\导出', createExportDir: true });
    expect(screen.getByLabelText('导出文件夹', { exact: false })).toHaveValue('D:\\年报\\导出');
  });
});
