// Small display helpers: format names, local times, counts of issues.
import type { FormatId } from '../../shared/formats/types';

export const FORMAT_LABELS: Readonly<Record<FormatId, string>> = {
  'gov-2021': '2021年版格式',
  'gov-2019': '2019年版格式（试行）',
  'pre-2019': '2019年以前格式（统计表）',
};

const two = (n: number) => String(n).padStart(2, '0');

/** 14:32:05 in local time; '' for an unreadable value. */
export function clockTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** 2025-01-20 14:32 in local time (with seconds if asked); today's times show as 今天 14:32. */
export function dateTime(iso: string, now = new Date(), seconds = false): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '未知时间';
  const day = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  const today = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  const time = `${two(d.getHours())}:${two(d.getMinutes())}${seconds ? `:${two(d.getSeconds())}` : ''}`;
  return day === today ? `今天 ${time}` : `${day} ${time}`;
}

/** 错误 2 · 警告 1, or 无问题. */
export function issueSummary(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return '校验通过';
  const parts: string[] = [];
  if (errors > 0) parts.push(`错误 ${errors}`);
  if (warnings > 0) parts.push(`警告 ${warnings}`);
  return parts.join(' · ');
}
