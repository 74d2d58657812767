// The Chinese application menu (文件 / 编辑 / 视图 / 帮助) with the usual shortcuts.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/shell-channels';

export interface MenuActions {
  /** Sends a command to the focused window's renderer. */
  readonly send: (command: MenuCommand) => void;
  readonly showAbout: () => void;
  /** Development builds get 重新加载 and 开发者工具. */
  readonly isPackaged: boolean;
}

export function buildMenuTemplate({
  send,
  showAbout,
  isPackaged,
}: MenuActions): MenuItemConstructorOptions[] {
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  });
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: '放大', accelerator: 'CmdOrCtrl+=' },
    { role: 'zoomOut', label: '缩小', accelerator: 'CmdOrCtrl+-' },
    { role: 'resetZoom', label: '实际大小', accelerator: 'CmdOrCtrl+0' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: '全屏', accelerator: 'F11' },
  ];
  if (!isPackaged) {
    view.push(
      { type: 'separator' },
      { role: 'reload', label: '重新加载', accelerator: 'CmdOrCtrl+R' },
      { role: 'toggleDevTools', label: '开发者工具', accelerator: 'CmdOrCtrl+Shift+I' },
    );
  }
  return [
    {
      label: '文件(&F)',
      submenu: [
        command('新建年度报告…', 'new-report', 'CmdOrCtrl+N'),
        command('打开草稿文件…', 'open-draft-file', 'CmdOrCtrl+O'),
        command('导入上一年度报告…', 'import-report', 'CmdOrCtrl+I'),
        { type: 'separator' },
        command('保存', 'save', 'CmdOrCtrl+S'),
        command('另存为草稿文件…', 'save-draft-file', 'CmdOrCtrl+Shift+S'),
        command('导出…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        command('打印预览', 'preview', 'CmdOrCtrl+Shift+P'),
        command('打印…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        command('设置…', 'settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        { role: 'quit', label: '退出', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        { role: 'undo', label: '撤销', accelerator: 'CmdOrCtrl+Z' },
        {
          role: 'redo',
          label: '重做',
          accelerator: process.platform === 'darwin' ? 'Shift+Cmd+Z' : 'Ctrl+Y',
        },
        { type: 'separator' },
        { role: 'cut', label: '剪切', accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', label: '复制', accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', label: '粘贴', accelerator: 'CmdOrCtrl+V' },
        { role: 'selectAll', label: '全选', accelerator: 'CmdOrCtrl+A' },
      ],
    },
    { label: '视图(&V)', submenu: view },
    {
      label: '帮助(&H)',
      submenu: [
        command('使用说明', 'help', 'F1'),
        { type: 'separator' },
        { label: '关于年报助手', click: showAbout },
      ],
    },
  ];
}
