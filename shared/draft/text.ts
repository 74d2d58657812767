// Helpers over section texts: paragraphs, sub-heading detection.

export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** A short numbered heading line such as （一）主动公开 / (二)改进情况 / 一是… is not; only short titled lines are. */
export function isSubHeading(p: string): boolean {
  return /^[（(][一二三四五六七八九十]+[)）]/.test(p) && p.length <= 30 && !/[。；;]$/.test(p);
}
