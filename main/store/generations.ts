// Generations of a draft (history): file naming and the retention policy — newest 5, one per 15 min for 12 h, one per day for 30 days.

export type GenerationKind = 'rotating' | 'daily';

export interface GenerationRef {
  /** File base name without extension: `<epoch ms, 13 digits>-<8 hex of the payload sha256>`. */
  readonly generationId: string;
  readonly ms: number;
}

export const RETENTION = {
  /** Always kept, whatever their age. */
  newest: 5,
  /** Beyond the newest: one per slot of this length … */
  slotMs: 15 * 60_000,
  /** … within this window. */
  slotWindowMs: 12 * 3_600_000,
  /** Beyond that: the last version of each calendar day, for this many days. */
  dailyDays: 30,
} as const;

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
  const slots = new Set<number>();
  const days = new Set<string>();
  sorted.forEach((g, index) => {
    const slot = Math.floor(g.ms / policy.slotMs);
    const day = localDay(g.ms);
    const age = nowMs - g.ms;
    let kind: GenerationKind | null = null;
    if (index < policy.newest) kind = 'rotating';
    else if (age <= policy.slotWindowMs && !slots.has(slot)) kind = 'rotating';
    else if (age <= policy.dailyDays * 86_400_000 && !days.has(day)) kind = 'daily';
    if (kind) {
      keep.set(g.generationId, kind);
      slots.add(slot);
      days.add(day);
    } else {
      drop.push(g.generationId);
    }
  });
  return { keep, drop };
}
