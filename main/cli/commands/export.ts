// CLI: nianbao export <draft.json> [--pdf out.pdf] [--docx out.docx] [--html out.html] [--force] — print-ready files.
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/ipc/result';
import type { ExportKind } from '../../export/render';
import type { Renderer } from '../../export/renderer';
import { readDraft } from '../draft-io';
import { CliExit } from '../exit';

interface ExportOptions {
  readonly pdf?: string;
  readonly docx?: string;
  readonly html?: string;
  readonly force?: boolean;
  readonly bundledFonts?: boolean;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('导出打印版年报：PDF、DOCX（Word/WPS 可编辑）、HTML（网站发布）')
    .argument('<draft.json>', '草稿文件')
    .option('--pdf <file>', '导出 PDF 到此文件')
    .option('--docx <file>', '导出 DOCX 到此文件')
    .option('--html <file>', '导出 HTML 到此文件')
    .option('-f, --force', '覆盖已存在的文件')
    .option('--bundled-fonts', '只用内置字体（不查找本机安装的公文字体）')
    .action(async (file: string, opts: ExportOptions) => {
      const targets = (['pdf', 'docx', 'html'] as const)
        .filter((k) => opts[k] !== undefined)
        .map((kind) => ({ kind: kind as ExportKind, file: path.resolve(opts[kind] ?? '') }));
      if (targets.length === 0) throw new CliExit(2, '请至少指定 --pdf、--docx 或 --html 之一');
      const { draft } = readDraft(file);
      // Loaded on use: pdf-lib, docx and the font code stay out of `nianbao --version` / `--help`.
      const { existingTargets, exportFiles } = await import('../../export/export-files');
      const { errorCount } = await import('../../export/render');
      const exists = (files: readonly string[]) =>
        new CliExit(2, `文件已存在：${files.join('、')}（如需覆盖请加 --force）`);
      if (!opts.force) {
        const existing = await existingTargets(targets);
        if (existing.length > 0) throw exists(existing);
      }
      const fonts = opts.bundledFonts ? { searchDirs: [] } : {};
      // The writers from the code-cached bundle (dist/cli), its cache kept in the app's cache folder.
      const { loadRenderer } = await import('../../export/renderer');
      const { cacheDir } = await import('../../export/code-cache');
      const cache = cacheDir();
      let renderer: Renderer | undefined;
      let written;
      try {
        written = await exportFiles(draft, targets, {
          overwrite: opts.force === true,
          fonts,
          pdfWorker: true,
          loadWriters: async () => (renderer = await loadRenderer('main', cache)),
          cacheDir: cache,
        });
      } catch (err) {
        if (err instanceof AppError && err.code === 'EXISTS') throw exists(targets.map((t) => t.file));
        throw err;
      }
      renderer?.saveCache();
      for (const t of written) {
        for (const w of t.warnings) process.stderr.write(`注意：${w}\n`);
        const pages = t.kind === 'pdf' ? `，${t.pages} 页` : '';
        process.stdout.write(
          `已导出 ${t.kind.toUpperCase()}：${t.file}（${Math.ceil(t.bytes / 1024)} KB${pages}，${t.ms} 毫秒）\n`,
        );
      }
      const errors = errorCount(draft);
      if (errors > 0) {
        process.stderr.write(
          `注意：该年报还有 ${errors} 个错误未解决（可用 nianbao validate 查看），导出的文件照原样输出。\n`,
        );
      }
    });
}
