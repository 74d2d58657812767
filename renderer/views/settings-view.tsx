// 设置: 默认机关名称, 导出文件夹, 公开期限; with the version and where the data lives.
import { useEffect, useState } from 'react';
import type { AppInfo, Settings } from '../../shared/ipc/app-channels';
import { errorMessage, getApi } from '../api';
import { useNotify } from '../app/notices';

export function SettingsView() {
  const api = getApi();
  const notify = useNotify();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api['settings:get']({}), api['app:info']({})])
      .then(([s, i]) => {
        if (!live) return;
        setSettings(s);
        setInfo(i);
      })
      .catch((err: unknown) => live && setProblem(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [api]);

  const save = async () => {
    if (!settings) return;
    if (!/^\d{2}-\d{2}$/.test(settings.deadline)) return setProblem('公开期限请写成“01-31”（月-日）');
    try {
      setSettings(await api['settings:set'](settings));
      setProblem(null);
      notify('设置已保存', 'success');
    } catch (err) {
      setProblem(errorMessage(err));
    }
  };

  const field = (key: keyof Settings, label: string, hint?: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        value={settings?.[key] ?? ''}
        onChange={(e) => settings && setSettings({ ...settings, [key]: e.target.value })}
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
          {field('exportDir', '导出文件夹', '导出的 Word、PDF、网页和草稿文件保存在这里')}
          {field(
            'deadline',
            '公开期限（月-日）',
            '默认 01-31（《条例》第四十九条）；乡镇、街道以县级主管部门通知为准',
          )}
          <div className="page-actions">
            <button type="button" className="btn btn-primary" onClick={() => void save()}>
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
