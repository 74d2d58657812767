// CLI: nianbao rollup <drafts or folders…> --agency A --year N -o total.json — the district draft summed over units.
import type { Command } from 'commander';
import { cellLabel, getFormat } from '../../../shared/formats';
import { rollupUnits } from '../../../shared/review';
import { writeDraft } from '../draft-io';
import { CliExit } from '../exit';
import { parseYear } from './cell-args';

export function registerRollupCommand(program: Command): void {
  program
    .command('rollup')
    .description('汇总各单位同一年度的报告，生成本地区的年报草稿（每个数字注明来自哪些单位）')
    .argument('<文件或文件夹...>', '各单位的草稿文件或已发布的报告，或存放它们的文件夹')
    .requiredOption('--agency <名称>', '汇总报告的机关名称')
    .requiredOption('--year <YYYY>', '报告年度')
    .requiredOption('-o, --out <total.json>', '输出的草稿文件')
    .option('--force', '覆盖已存在的输出文件')
    .action(async (paths: string[], opts: { agency: string; year: string; out: string; force?: boolean }) => {
      const agency = opts.agency.trim();
      if (!agency) throw new CliExit(2, '机关名称不能为空');
      const year = parseYear(opts.year);
      const { loadUnits } = await import('../../review/load-units'); // import readers: loaded on use
      const { units, unreadable } = await loadUnits(paths);
      if (unreadable.length > 0) {
        for (const u of unreadable) process.stderr.write(`无法读取：${u.file}：${u.reason}\n`);
        throw new CliExit(2, `有 ${unreadable.length} 个文件无法读取，未汇总（缺少单位会使合计不准）`);
      }
      const res = rollupUnits(units, { agency, year });
      if (!res.ok) throw new CliExit(2, res.message);
      writeDraft(opts.out, res.draft, { overwrite: Boolean(opts.force) });
      const format = getFormat(res.draft.formatId);
      process.stdout.write(
        `已汇总 ${units.length} 个单位的 ${year} 年度报告 → ${opts.out}（${format.name}）\n` +
          (res.unresolved.length > 0
            ? `需核对 ${res.unresolved.length} 个单元格（有单位未填或导入时未能确认）：\n`
            : ''),
      );
      for (const key of res.unresolved.slice(0, 20)) process.stdout.write(`  ${cellLabel(format, key)}\n`);
      if (res.unresolved.length > 20)
        process.stdout.write('  ……其余见 nianbao show --json 的 rollup.unresolved\n');
    });
}
