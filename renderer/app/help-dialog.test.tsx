// 使用说明 says where the full 用户手册 is for the shell it runs in (browser mode has no resources/docs).
import { render, screen } from '@testing-library/react';
import type { ApiClient } from '../../shared/ipc/contract';
import { setApi } from '../api';
import { HelpDialog } from './help-dialog';

function withShell(shell: 'electron' | 'browser') {
  setApi({
    'app:info': async () => ({ version: '0.1.0', dataDir: '/data', shell }),
  } as unknown as ApiClient);
}

it('in browser mode points to docs/用户手册.md in the program folder, not resources/docs', async () => {
  withShell('browser');
  render(<HelpDialog onClose={() => {}} />);
  expect(await screen.findByText(/启动 nianbao serve 的程序目录/)).toBeInTheDocument();
  expect(screen.getByTestId('manual-location')).not.toHaveTextContent('resources/docs');
});

it('in the desktop app points to resources/docs', async () => {
  withShell('electron');
  render(<HelpDialog onClose={() => {}} />);
  expect(await screen.findByText(/安装目录 resources\/docs/)).toBeInTheDocument();
});
