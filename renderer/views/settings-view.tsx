// 设置: 默认机关名称, 导出文件夹 (选择文件夹… / 创建并使用), 公开期限; with the version and where the data lives.
import { useEffect, useState } from 'react';
import type { AppInfo, Settings } from '../../shared/ipc/app-channels';
import { errorMessage, getApi, isDesktop } from '../api';
import { useNotify } from '../app/notices';
import { BROWSER_FOLDER_HINT, chooseFolder, MissingFolder, saveExportFolder } from './export-folder';

export function SettingsView() {
  const api = getApi();
  const notify = useNotify();
  const [saved, setSaved] = useState<Settings | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const desktop = isDesktop();

  useEffect(() => {
    let live = true;
    Promise.all([api['settings:get']({}), api['app:info']({})])
      .then(([s, i]) => {
        if (!live) return;
        setSaved(s);
        setSettings(s);
        setInfo(i);
      })
      .catch((err: unknown) => live && setProblem(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [api]);

  /** Sends the fields that changed (an untouched export folder is not re-checked). */
  const save = async (next: Settings, create: boolean) => {
    if (!/^\d{2}-\d{2}$/.test(next.deadline)) return setProblem('公开期限请写成“01-31”（月-日）');
    const changes = Object.fromEntries(
      (Object.keys(next) as (keyof Settings)[])
        .filter((k) => !saved || next[k] !== saved[k])
        .map((k) => [k, next[k]]),
    ) as Partial<Settings>;
    setBusy(true);
    const r = await saveExportFolder(changes, create);
    setBusy(false);
    setMissing(r.kind === 'missing' ? r.message : null);
    setProblem(r.kind === 'error' ? r.message : null);
    if (r.kind !== 'saved') return;
    setSaved(r.settings);
    setSettings(r.settings);
    notify('设置已保存', 'success');
  };

  const pick = async () => {
    if (!settings) return;
    try {
      const dir = await chooseFolder(settings.exportDir);
      if (dir) await save({ ...settings, exportDir: dir }, true);
    } catch (err) {
      setProblem(errorMessage(err));
    }
  };

  const field = (key: keyof Settings, label: string, hint?: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        value={settings?.[key] ?? ''}
        onChange={(e) => {
          if (!settings) return;
          setSettings({ ...settings, [key]: e.target.value });
          if (key === 'exportDir') setMissing(null);
        }}
        maxLength={key === 'exportDir' ? 4096 : 200}
      />
      {hint && <small className="muted">{hint}</small>}
    </label>
  );

  return (
    <section className="page page-narrow" aria-labelledby="settings-title">
      <h1 id="settings-title">设置</h1>
      {settings && (
        <div className="form-stack">
          {field('defaultAgency', '默认机关名称', '新建年度报告时自动填入')}
          <div className="folder-field">
            {field(
              'exportDir',
              '导出文件夹',
              desktop
                ? '导出的 Word、PDF、网页和草稿文件保存在这里；第一次导出时自动创建'
                : `导出的文件保存在这里，并可在浏览器中下载。${BROWSER_FOLDER_HINT}`,
            )}
            {desktop && (
              <button type="button" className="btn" onClick={() => void pick()} disabled={busy}>
                选择文件夹…
              </button>
            )}
          </div>
          {missing && settings && (
            <MissingFolder message={missing} busy={busy} onCreate={() => void save(settings, true)} />
          )}
          {field(
            'deadline',
            '公开期限（月-日）',
            '默认 01-31（《条例》第四十九条）；乡镇、街道以县级主管部门通知为准',
          )}
          <div className="page-actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void save(settings, false)}
              disabled={busy}
            >
              保存设置
            </button>
          </div>
        </div>
      )}
      {problem && <p className="error-text">{problem}</p>}
      {info && (
        <dl className="about">
          <dt>版本</dt>
          <dd>{info.version}</dd>
          <dt>运行方式</dt>
          <dd>{info.shell === 'electron' ? '桌面程序' : '浏览器模式（仅本机访问）'}</dd>
          <dt>数据目录</dt>
          <dd className="path">{info.dataDir}</dd>
        </dl>
      )}
    </section>
  );
}
