// Generations of a draft (history): file naming and the retention policy — every save of the last hour, hourly for a week, daily for 30 days.

export type GenerationKind = 'rotating' | 'daily';

export interface GenerationRef {
  /** File base name without extension: `<epoch ms, 13 digits>-<8 hex of the payload sha256>`. */
  readonly generationId: string;
  readonly ms: number;
}

export const RETENTION = {
  /** Always kept, whatever their age. */
  newest: 5,
  /** Every save of this last stretch is kept … */
  recentMs: 3_600_000,
  /** … up to this many (a bound on files); beyond that, one per minute of that stretch. */
  recentMax: 120,
  /** Then one per hour … */
  hourMs: 3_600_000,
  /** … within this window. */
  hourlyWindowMs: 7 * 86_400_000,
  /** Beyond that: the last version of each calendar day, for this many days. */
  dailyDays: 30,
} as const;

/** At most this many generations per draft: the policy's bound (5 + 120 + 60 + 168 + 31). */
export const MAX_GENERATIONS =
  RETENTION.newest +
  RETENTION.recentMax +
  RETENTION.recentMs / 60_000 +
  RETENTION.hourlyWindowMs / RETENTION.hourMs +
  RETENTION.dailyDays +
  1;

const GEN_RE = /^(\d{13})-([0-9a-f]{8})\.json$/;

export function generationFileName(ms: number, sha256: string): string {
  return `${String(ms).padStart(13, '0')}-${sha256.slice(0, 8)}.json`;
}

export function parseGenerationFileName(name: string): GenerationRef | null {
  const m = GEN_RE.exec(name);
  if (!m || !m[1]) return null;
  return { generationId: name.slice(0, -'.json'.length), ms: Number.parseInt(m[1], 10) };
}

export function isGenerationId(id: string): boolean {
  return GEN_RE.test(`${id}.json`);
}

function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/**
 * Decides which generations to keep and as what. Pure: the same list and clock give the same answer.
 * Newest first; a generation is dropped only when a newer one already stands for its slot or day.
 */
export function classifyGenerations(
  gens: readonly GenerationRef[],
  nowMs: number,
  policy: typeof RETENTION = RETENTION,
): { keep: Map<string, GenerationKind>; drop: string[] } {
  const sorted = [...gens].sort((a, b) => b.ms - a.ms || (a.generationId < b.generationId ? 1 : -1));
  const keep = new Map<string, GenerationKind>();
  const drop: string[] = [];
  const minutes = new Set<number>();
  const hours = new Set<number>();
  const days = new Set<string>();
  let recent = 0;
  sorted.forEach((g, index) => {
    const minute = Math.floor(g.ms / 60_000);
    const hour = Math.floor(g.ms / policy.hourMs);
    const day = localDay(g.ms);
    const age = nowMs - g.ms;
    let kind: GenerationKind | null = null;
    if (index < policy.newest) kind = 'rotating';
    else if (age <= policy.recentMs && recent < policy.recentMax) kind = 'rotating';
    else if (age <= policy.recentMs && !minutes.has(minute)) kind = 'rotating';
    else if (age <= policy.hourlyWindowMs && !hours.has(hour)) kind = 'rotating';
    else if (age <= policy.dailyDays * 86_400_000 && !days.has(day)) kind = 'daily';
    if (kind) {
      if (age <= policy.recentMs) recent++;
      keep.set(g.generationId, kind);
      minutes.add(minute);
      hours.add(hour);
      days.add(day);
    } else {
      drop.push(g.generationId);
    }
  });
  return { keep, drop };
}
