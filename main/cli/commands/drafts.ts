// `nianbao drafts …`: the draft store from the command line (list, show, export, import, history, restore, 回收站).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { getFormat } from '../../../shared/formats';
import { evaluate } from '../../../shared/engine';
import type { Services } from '../../../shared/ipc/contract';
import type { DraftSummary } from '../../../shared/ipc/draft-channels';
import { AppError } from '../../../shared/ipc/result';
import { printIssues, printShow } from './draft-print';

const out = (s: string): void => {
  process.stdout.write(s + '\n');
};

/** 2025-01-20 14:32 in local time. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function summaryLine(d: DraftSummary): string {
  if (d.damaged) return `${d.id}  损坏  ${d.damaged}`;
  if (d.unsupported) return `${d.id}  只读（需更新版本）  ${d.unsupported}`;
  const state = d.errors === 0 && d.warnings === 0 ? '校验通过' : `错误 ${d.errors}，警告 ${d.warnings}`;
  const ro = d.readOnly ? '，只读（更新版本保存）' : '';
  return `${d.id}  ${d.agency}${d.title ? `（${d.title}）` : ''}  ${d.year}年度  ${getFormat(d.formatId).name}  ${state}${ro}  保存于 ${localTime(d.savedAt)}`;
}

type DataDirOpts = { dataDir?: string };

/** Opens the services on the data dir, prints start-up notices, runs `fn`, and always closes cleanly. */
async function withServices(cmd: Command, fn: (s: Services) => Promise<void>): Promise<void> {
  // Loaded on use: the store and its dependencies stay out of `nianbao --version` / `--help`.
  const { closeServices, createServices } = await import('../../services');
  const { resolveDataDir } = await import('../../store/data-dir');
  const dataDir = resolveDataDir({ dataDir: cmd.optsWithGlobals<DataDirOpts>().dataDir });
  // The CLI's user names files on the command line (--out): explicit paths are theirs to choose.
  const services = createServices({ dataDir, shell: 'browser', allowExplicitPath: () => true });
  const notices = async () => {
    for (const notice of await services['drafts:startupNotices']({}))
      process.stderr.write(`注意：${notice}\n`);
  };
  try {
    await notices();
    await fn(services);
    await notices(); // files recovered while the command ran
  } finally {
    await closeServices(services);
  }
}

export function registerDraftsCommands(program: Command): void {
  const drafts = program
    .command('drafts')
    .description('管理数据目录中的草稿（列表、查看、导出、导入、历史版本、回收站）')
    .option('--data-dir <目录>', '数据目录（默认：环境变量 NIANBAO_DATA_DIR，否则系统的用户应用数据目录）');

  drafts
    .command('list')
    .description('列出草稿')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { json?: boolean }, cmd: Command) =>
      withServices(cmd, async (s) => {
        const list = await s['drafts:list']({});
        if (opts.json) return out(JSON.stringify(list, null, 2));
        if (list.length === 0) return out('（没有草稿）');
        list.forEach((d) => out(summaryLine(d)));
      }),
    );

  drafts
    .command('show')
    .description('显示一份草稿的数字和校验结果')
    .argument('<编号>')
    .option('--json', '以 JSON 输出（草稿文件内容）')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) =>
      withServices(cmd, async (s) => {
        const opened = await s['drafts:open']({ id });
        if (opened.notice) process.stderr.write(`注意：${opened.notice}\n`);
        if (opts.json) return out(JSON.stringify(opened, null, 2));
        out(
          `保存于 ${localTime(opened.savedAt)}${opened.readOnly ? '（只读：由更新版本的年报助手保存）' : ''}`,
        );
        printShow(opened.draft, false);
        // R0-3 follows the 公开期限 of the settings, as in the app.
        const { deadline } = await s['settings:get']({});
        const evaluation = evaluate(getFormat(opened.draft.formatId), opened.draft, { deadline });
        printIssues(opened.draft, evaluation.issues, false);
      }),
    );

  drafts
    .command('export')
    .description('把草稿导出为草稿文件（默认存到设置中的导出文件夹）')
    .argument('<编号>')
    .option('-o, --out <文件>', '导出到此文件（须以 .json 结尾）')
    .option('--force', '覆盖已存在的文件')
    .action(async (id: string, opts: { out?: string; force?: boolean }, cmd: Command) =>
      withServices(cmd, async (s) => {
        const req = {
          id,
          overwrite: Boolean(opts.force),
          ...(opts.out ? { targetPath: path.resolve(opts.out) } : {}),
        };
        const { path: written } = await s['drafts:exportFile'](req);
        out(`已导出：${written}`);
      }),
    );

  drafts
    .command('import')
    .description('导入一个草稿文件（.nianbao.json）')
    .argument('<文件>')
    .action(async (file: string, _opts: unknown, cmd: Command) =>
      withServices(cmd, async (s) => {
        let content: Buffer;
        try {
          if (statSync(file).size > 5 * 1024 * 1024) throw new AppError('BAD_REQUEST', `文件过大：${file}`);
          content = readFileSync(file);
        } catch (err) {
          if (err instanceof AppError) throw err;
          throw new AppError('NOT_FOUND', `无法读取文件：${file}`);
        }
        const opened = await s['drafts:importFile']({
          fileName: path.basename(file),
          contentBase64: content.toString('base64'),
        });
        if (opened.notice) process.stderr.write(`注意：${opened.notice}\n`);
        out(`已导入：${opened.draft.id}（${opened.draft.agency} ${opened.draft.year}年度）`);
      }),
    );

  drafts
    .command('history')
    .description('列出一份草稿的历史版本')
    .argument('<编号>')
    .option('--json', '以 JSON 输出')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) =>
      withServices(cmd, async (s) => {
        const gens = await s['drafts:history']({ id });
        if (opts.json) return out(JSON.stringify(gens, null, 2));
        if (gens.length === 0) return out('（没有历史版本）');
        for (const g of gens) {
          const kind = g.kind === 'daily' ? '每日' : '近期';
          const cur = g.current ? '（当前）' : '';
          out(
            `${g.generationId}  ${localTime(g.savedAt)}  ${kind}  错误 ${g.errors}，警告 ${g.warnings}${cur}`,
          );
        }
      }),
    );

  drafts
    .command('restore')
    .description('把草稿恢复到某个历史版本（当前内容会保留在历史中）')
    .argument('<编号>')
    .argument('<版本号>', '见 nianbao drafts history <编号>')
    .action(async (id: string, generationId: string, _opts: unknown, cmd: Command) =>
      withServices(cmd, async (s) => {
        if (!/^\d{13}-[0-9a-f]{8}$/.test(generationId))
          throw new AppError('BAD_REQUEST', `版本号无效：${generationId}`);
        const opened = await s['drafts:restoreGeneration']({ id, generationId });
        out(opened.notice ?? '已恢复。');
      }),
    );

  drafts
    .command('trash')
    .description('把草稿移到回收站；不带编号时列出回收站')
    .argument('[编号]')
    .action(async (id: string | undefined, _opts: unknown, cmd: Command) =>
      withServices(cmd, async (s) => {
        if (id) {
          await s['drafts:delete']({ id });
          return out(`已移到回收站：${id}（可用 nianbao drafts untrash ${id} 还原）`);
        }
        const items = await s['drafts:trash']({});
        if (items.length === 0) return out('（回收站是空的）');
        items.forEach((d) => out(`${summaryLine(d)}  删除于 ${localTime(d.deletedAt)}`));
      }),
    );

  drafts
    .command('untrash')
    .description('从回收站还原草稿')
    .argument('<编号>')
    .action(async (id: string, _opts: unknown, cmd: Command) =>
      withServices(cmd, async (s) => {
        const opened = await s['drafts:untrash']({ id });
        out(`已还原：${id}（${opened.draft.agency} ${opened.draft.year}年度）`);
      }),
    );

  drafts
    .command('empty-trash')
    .description('清空回收站（永久删除，无法恢复）')
    .option('--yes', '确认永久删除')
    .action(async (opts: { yes?: boolean }, cmd: Command) => {
      if (!opts.yes)
        throw new AppError('BAD_REQUEST', '清空回收站将永久删除其中的草稿及其历史版本；确认请加 --yes。');
      await withServices(cmd, async (s) => {
        const { removed } = await s['drafts:emptyTrash']({});
        out(`已永久删除 ${removed} 份草稿。`);
      });
    });
}
