// Small display helpers: format names, local times, counts of issues.
import { formats, type FormatId } from '../../shared/formats';

/** Each format's short name (2021年版格式), as the format itself gives it. */
export const FORMAT_LABELS: Readonly<Record<FormatId, string>> = Object.fromEntries(
  formats.map((f) => [f.id, f.label]),
);

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

/**
 * The publication deadline of a report of `year` (in the next year, `mmdd` from the settings, e.g. 01-31) and how
 * far away it is: “2026年1月31日（还有 71 天）”, “…（今天）”, “…（已过 3 天）”. Null for an unreadable setting
 * or a deadline more than 30 days past.
 */
export function deadlineLabel(
  year: number,
  mmdd: string,
  now = new Date(),
): { text: string; kind: 'ok' | 'soon' | 'late' } | null {
  const m = /^(\d{2})-(\d{2})$/.exec(mmdd);
  if (!m) return null;
  const month = Number.parseInt(m[1] ?? '', 10);
  const day = Number.parseInt(m[2] ?? '', 10);
  const due = new Date(year + 1, month - 1, day);
  if (due.getMonth() !== month - 1 || due.getDate() !== day) return null;
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const days = Math.round((due.getTime() - today.getTime()) / 86_400_000);
  const date = `${year + 1}年${month}月${day}日`;
  // Long past deadlines (last years' reports kept for carry-over) are not worth a line on the card.
  if (days < -30) return null;
  if (days < 0) return { text: `${date}（已过 ${-days} 天）`, kind: 'late' };
  if (days === 0) return { text: `${date}（今天）`, kind: 'soon' };
  return { text: `${date}（还有 ${days} 天）`, kind: days <= 14 ? 'soon' : 'ok' };
}
