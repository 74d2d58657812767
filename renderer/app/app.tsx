// The app shell: top bar with the main places, start-up notices, and the current view by route.
import { useCallback, useEffect, useState } from 'react';
import { errorMessage, getApi, getShell } from '../api';
import { EditorView } from '../views/editor-view';
import { NewReportWizard } from '../views/new-report-wizard';
import { ReportsList } from '../views/reports-list';
import { ReviewView } from '../views/review-view';
import { SettingsView } from '../views/settings-view';
import { TrashView } from '../views/trash-view';
import { ConnectionBanner } from './connection-banner';
import { HelpDialog } from './help-dialog';
import { postMenuCommand } from './menu';
import { NoticeProvider, useNotify } from './notices';
import { crashNotice, useHashRoute, type Route } from './router';

function TopBar(props: {
  readonly route: Route;
  readonly go: (r: Route) => void;
  readonly onHelp: () => void;
}) {
  const { route, go, onHelp } = props;
  const tab = (name: Route['name'], label: string, target: Route) => (
    <button
      type="button"
      className={route.name === name ? 'topnav-item active' : 'topnav-item'}
      aria-current={route.name === name ? 'page' : undefined}
      onClick={() => go(target)}
    >
      {label}
    </button>
  );
  return (
    <header className="topbar">
      <div className="brand">政府信息公开年报助手</div>
      <nav className="topnav" aria-label="主菜单">
        {tab('list', '我的年报', { name: 'list' })}
        {tab('new', '新建年度报告', { name: 'new' })}
        {tab('review', '审核与汇总', { name: 'review' })}
        {tab('trash', '回收站', { name: 'trash' })}
        {tab('settings', '设置', { name: 'settings' })}
      </nav>
      <button type="button" className="topnav-item topbar-help" onClick={onHelp}>
        使用说明
      </button>
    </header>
  );
}

function useStartupNotices() {
  const notify = useNotify();
  useEffect(() => {
    let live = true;
    const crash = crashNotice(window.location.search);
    if (crash) notify(crash, 'warning');
    const api = getApi();
    api['drafts:startupNotices']({})
      .then((notes) => {
        if (live) for (const n of notes) notify(n, 'warning');
      })
      .catch((err: unknown) => {
        if (live) notify(errorMessage(err), 'error');
      });
    return () => {
      live = false;
    };
  }, [notify]);
}

/** Desktop menu: places are routes; 打开草稿文件 / 导入 go through 我的年报; the rest is the editor's. */
function useMenuCommands(go: (r: Route) => void, onImport: () => void, onHelp: () => void) {
  useEffect(() => {
    const shell = getShell();
    if (!shell) return;
    return shell.onMenuCommand((command) => {
      if (command === 'help') onHelp();
      else if (command === 'new-report') go({ name: 'new' });
      else if (command === 'settings') go({ name: 'settings' });
      else if (command === 'open-draft-file' || command === 'import-report') {
        go({ name: 'list' });
        onImport();
      } else postMenuCommand(command);
    });
  }, [go, onImport, onHelp]);
}

/** F1 opens 使用说明 in browser mode too (in Electron the 帮助 menu's accelerator does it). */
function useF1(onHelp: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F1') {
        e.preventDefault();
        onHelp();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onHelp]);
}

function Routes() {
  const [route, go] = useHashRoute();
  const [importRequest, setImportRequest] = useState(0);
  const requestImport = useCallback(() => setImportRequest((n) => n + 1), []);
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  useStartupNotices();
  useMenuCommands(go, requestImport, openHelp);
  useF1(openHelp);
  return (
    <div className="app">
      <TopBar route={route} go={go} onHelp={openHelp} />
      <ConnectionBanner />
      <main className="app-main">
        {route.name === 'list' && <ReportsList go={go} importRequest={importRequest} />}
        {route.name === 'new' && <NewReportWizard go={go} />}
        {route.name === 'edit' && <EditorView key={route.id} id={route.id} go={go} />}
        {route.name === 'review' && <ReviewView go={go} />}
        {route.name === 'trash' && <TrashView go={go} />}
        {route.name === 'settings' && <SettingsView />}
      </main>
      {helpOpen && <HelpDialog onClose={closeHelp} />}
    </div>
  );
}

export function App() {
  return (
    <NoticeProvider>
      <Routes />
    </NoticeProvider>
  );
}
