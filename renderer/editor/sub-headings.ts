// Offering a section's canonical sub-headings: which are missing, and where to insert one (in canonical order).
import { paragraphs } from '../../shared/draft/text';

const norm = (s: string) => s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

export function missingSubHeadings(text: string, canonical: readonly string[]): string[] {
  const present = new Set(paragraphs(text).map(norm));
  return canonical.filter((h) => !present.has(norm(h)));
}

/** Inserts `heading` as its own line before the first later canonical heading present, else at the end. */
export function insertSubHeading(text: string, heading: string, canonical: readonly string[]): string {
  const lines = text === '' ? [] : text.split('\n');
  const later = canonical.slice(canonical.indexOf(heading) + 1).map(norm);
  const at = lines.findIndex((l) => later.includes(norm(l.trim())));
  if (at < 0) return [...lines.filter((l, i) => l.trim() !== '' || i < lines.length - 1), heading].join('\n');
  return [...lines.slice(0, at), heading, ...lines.slice(at)].join('\n');
}
