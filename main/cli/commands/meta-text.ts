// CLI: `nianbao text` (a section's text or the 前言: print or set) and `nianbao meta` (机关名称, 成文日期).
import fs from 'node:fs';
import type { Command } from 'commander';
import { getFormat } from '../../../shared/formats';
import { agencyPatch, chineseDate, parseSignatureDate } from '../../../shared/draft/meta';
import type { Draft } from '../../../shared/draft/schema';
import { readDraft, readWritableDraft, writeDraft } from '../draft-io';
import { CliExit } from '../exit';

interface TextOptions {
  readonly file?: string;
  readonly value?: string;
}

/** The sections a text can be set for: the format's s1…s6 and the 前言. */
function sectionIds(draft: Draft): string[] {
  return [...getFormat(draft.formatId).sections.map((s) => s.id), 'preamble'];
}

function sectionName(draft: Draft, id: string): string {
  if (id === 'preamble') return '前言';
  return getFormat(draft.formatId).sections.find((s) => s.id === id)?.heading ?? id;
}

/** The text given on the command line: a UTF-8 file (BOM and CRLF removed) or the --value string. */
function newText(opts: TextOptions): string | undefined {
  if (opts.file !== undefined && opts.value !== undefined)
    throw new CliExit(2, '--file 与 --value 只能用一个');
  if (opts.value !== undefined) return opts.value.replace(/\r\n?/g, '\n');
  if (opts.file === undefined) return undefined;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(opts.file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliExit(2, `${code === 'ENOENT' ? '文件不存在' : '无法读取'}：${opts.file}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliExit(2, `${opts.file} 不是 UTF-8 编码的文本文件，请另存为 UTF-8 后再试`);
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function registerMetaTextCommands(program: Command): void {
  program
    .command('text')
    .description(
      '查看或填写一节的文字：nianbao text draft.json s1 --file 一.txt（不带 --file/--value 时显示现有文字）',
    )
    .argument('<draft.json>')
    .argument('<节>', 's1 … s6（一 至 六）或 preamble（前言）')
    .option('--file <文件>', '从 UTF-8 文本文件读入这一节的文字')
    .option('--value <文字>', '直接给出这一节的文字')
    .action((file: string, section: string, opts: TextOptions) => {
      const text = newText(opts);
      const draft = text === undefined ? readDraft(file).draft : readWritableDraft(file);
      const ids = sectionIds(draft);
      if (!ids.includes(section)) throw new CliExit(2, `没有“${section}”这一节，可选：${ids.join('、')}`);
      const current = section === 'preamble' ? draft.preamble : (draft.texts[section] ?? '');
      if (text === undefined) {
        process.stdout.write(current.endsWith('\n') || current === '' ? current : current + '\n');
        return;
      }
      const next: Draft =
        section === 'preamble'
          ? { ...draft, preamble: text }
          : { ...draft, texts: { ...draft.texts, [section]: text } };
      writeDraft(file, { ...next, updatedAt: new Date().toISOString() }, { overwrite: true });
      process.stdout.write(`已填写“${sectionName(draft, section)}”（${[...text].length} 字）\n`);
    });

  program
    .command('meta')
    .description('设置机关名称、成文日期：nianbao meta draft.json --agency 某某局 --date 2026-01-20')
    .argument('<draft.json>')
    .option('--agency <名称>', '机关名称（落款机关与之相同时一并修改）')
    .option('--date <YYYY-MM-DD>', '成文日期，如 2026-01-20 或 2026年1月20日；空字符串表示清除')
    .action((file: string, opts: { agency?: string; date?: string }) => {
      if (opts.agency === undefined && opts.date === undefined) {
        throw new CliExit(2, '请指定 --agency 或 --date（查看现有内容用 nianbao show）');
      }
      let draft = readWritableDraft(file);
      const done: string[] = [];
      if (opts.date !== undefined) {
        const date = parseSignatureDate(opts.date);
        if (!date.ok) throw new CliExit(2, date.reason);
        draft = { ...draft, signature: { ...draft.signature, date: date.iso } };
        done.push(date.iso ? `成文日期 ${chineseDate(date.iso)}` : '成文日期已清除');
      }
      if (opts.agency !== undefined) {
        const agency = opts.agency.trim();
        if (!agency) throw new CliExit(2, '机关名称不能为空');
        const patch = agencyPatch(draft, agency);
        draft = {
          ...draft,
          agency: patch.agency,
          signature: patch.signature ? { ...draft.signature, ...patch.signature } : draft.signature,
        };
        done.push(
          `机关名称 ${agency}${patch.signature ? '（落款机关一并修改）' : `（落款机关仍为 ${draft.signature.agency}）`}`,
        );
      }
      writeDraft(file, { ...draft, updatedAt: new Date().toISOString() }, { overwrite: true });
      process.stdout.write(`已设置：${done.join('；')}\n`);
    });
}
