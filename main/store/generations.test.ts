// Retention of generations: newest 5 always, one per 15-minute slot for 12 h, the last of each day for 30 days.
import fc from 'fast-check';
import { classifyGenerations, generationFileName, parseGenerationFileName, RETENTION } from './generations';

// Real disk writes with fsync: generous under a busy CI machine.
jest.setTimeout(30_000);

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const ref = (ms: number, i = 0) => ({
  generationId: `${String(ms).padStart(13, '0')}-${String(i).padStart(8, '0')}`,
  ms,
});

describe('generation names', () => {
  it('round-trips time and hash prefix, and rejects other files', () => {
    const name = generationFileName(1_732_233_600_123, 'ab'.repeat(32));
    expect(name).toBe('1732233600123-abababab.json');
    expect(parseGenerationFileName(name)).toEqual({
      generationId: '1732233600123-abababab',
      ms: 1_732_233_600_123,
    });
    expect(parseGenerationFileName('1732233600123-abababab.json.123-1-x.tmp')).toBeNull();
    expect(parseGenerationFileName('../1732233600123-abababab.json')).toBeNull();
  });
});

describe('classifyGenerations', () => {
  const now = Date.UTC(2026, 10, 22, 12, 0, 0);

  it('keeps the newest five even when they are seconds apart', () => {
    const gens = Array.from({ length: 20 }, (_, i) => ref(now - i * 1000, i));
    const { keep, drop } = classifyGenerations(gens, now);
    for (let i = 0; i < 5; i++) expect(keep.get(gens[i]!.generationId)).toBe('rotating');
    // All 20 fall into one or two 15-minute slots: nothing beyond the newest five survives in those slots.
    expect(keep.size).toBeLessThanOrEqual(7);
    expect(drop.length + keep.size).toBe(20);
  });

  it('keeps one per 15-minute slot within 12 hours, then the last of each day for 30 days', () => {
    const gens = Array.from({ length: 60 * 24 * 40 }, (_, i) => ref(now - i * MIN, i)); // one a minute, 40 days
    const { keep } = classifyGenerations(gens, now);
    const kept = [...keep.entries()].map(([id, kind]) => ({ ms: Number(id.slice(0, 13)), kind }));
    const recentSlots = kept.filter((k) => now - k.ms <= RETENTION.slotWindowMs && k.kind === 'rotating');
    expect(recentSlots.length).toBeGreaterThanOrEqual(12 * 4);
    expect(recentSlots.length).toBeLessThanOrEqual(12 * 4 + 6);
    const daily = kept.filter((k) => k.kind === 'daily');
    expect(daily.every((k) => now - k.ms <= 30 * DAY)).toBe(true);
    expect(daily.length).toBeGreaterThanOrEqual(29);
    expect(daily.length).toBeLessThanOrEqual(31);
    expect(kept.some((k) => now - k.ms > 30 * DAY)).toBe(false);
  });

  it('never drops one of the newest five, and keeps a version of every recent day that has one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 40 * DAY }), { minLength: 1, maxLength: 200 }),
        (ages) => {
          const gens = ages.map((age, i) => ref(now - age, i));
          const { keep, drop } = classifyGenerations(gens, now);
          const newest = [...gens].sort((a, b) => b.ms - a.ms).slice(0, 5);
          for (const g of newest) expect(keep.has(g.generationId)).toBe(true);
          expect(new Set([...keep.keys(), ...drop]).size).toBe(gens.length);
          const dayOf = (ms: number) => new Date(ms).toDateString();
          const keptDays = new Set([...keep.keys()].map((id) => dayOf(Number(id.slice(0, 13)))));
          for (const g of gens) if (now - g.ms <= 29 * DAY) expect(keptDays.has(dayOf(g.ms))).toBe(true);
          expect(keep.size).toBeLessThanOrEqual(5 + 49 + 31);
        },
      ),
    );
  });
});
