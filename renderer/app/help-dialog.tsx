// 使用说明: a short in-app guide (帮助 menu, F1, or the top bar), so the clerk needs no manual to get going.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc/app-channels';
import { getApi } from '../api';
import { Modal } from './modal';

const STEPS: readonly [string, string][] = [
  [
    '新建',
    '“新建年度报告”：填机关名称和年度（格式按年度自动确定），可从上一年度的报告结转，或先导入上年已发布的报告（Word、网页、PDF、文本或草稿文件）。',
  ],
  [
    '结转',
    '上年“结转下年度继续办理”自动填入本年“上年结转”，现行有效件数等按上年数字推算（绿底“结转”）；确需修改时点“修改…”并写明原因。',
  ],
  [
    '填表',
    '方向键、Tab、Enter 移动；直接输入即替换，F2 修改；全角数字可直接输入；Ctrl+C / Ctrl+V 与 Excel、WPS 互相复制粘贴；Ctrl+Z / Ctrl+Y 撤销、重做。灰底合计自动计算。',
  ],
  [
    '校验',
    '右侧“校验”列出每个问题，点一下即跳到对应单元格或段落；没有发生的数字请填 0，可用“空白填 0”一次填好。',
  ],
  [
    '保存',
    '所有修改自动保存（停止输入约 1 秒后，输入时至少每 5 秒一次）；“历史版本”可查看并恢复当天及此前的版本；删除的报告在“回收站”里。',
  ],
  [
    '导出',
    '“预览”即打印效果；“导出”生成 Word、PDF（字体已内嵌）或网页文件；“打印”调用系统打印对话框。还有错误时导出前会先列出。',
  ],
  [
    '汇总',
    '区县汇总各单位年报时用“审核与汇总”：读入文件夹中的报告逐份校验，导出审核表；“生成汇总报告”把各单位的数字相加并注明来源。',
  ],
];

/** Where the full 用户手册 is: packed with the installed app, or in the program folder in browser mode. */
export function manualLocation(shell: AppInfo['shell'] | null): string {
  if (shell === 'electron')
    return '完整的用户手册（含截图）在安装目录 resources/docs 文件夹的“用户手册.md”。';
  if (shell === 'browser') {
    return '完整的用户手册（含截图）在年报助手程序文件夹（启动 nianbao serve 的程序目录）下 docs 文件夹的“用户手册.md”，可用任意文本编辑器打开。';
  }
  return '完整的用户手册（含截图）是年报助手程序文件夹中 docs 文件夹的“用户手册.md”。';
}

export function HelpDialog({ onClose }: { readonly onClose: () => void }) {
  const [shell, setShell] = useState<AppInfo['shell'] | null>(null);
  useEffect(() => {
    let live = true;
    const api = getApi();
    api['app:info']({})
      .then((info) => live && setShell(info.shell))
      .catch(() => undefined); // the generic sentence stays
    return () => {
      live = false;
    };
  }, []);
  return (
    <Modal
      title="使用说明"
      onClose={onClose}
      wide
      actions={
        <button type="button" className="btn btn-primary" onClick={onClose}>
          知道了
        </button>
      }
    >
      <dl className="help-steps">
        {STEPS.map(([term, text]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <p className="hint" data-testid="manual-location">
        {manualLocation(shell)}本软件全程不联网，数据只保存在本机。
      </p>
    </Modal>
  );
}
