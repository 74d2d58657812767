// Retention of generations: newest 5 always, every save of the last hour, one per hour for a week, the last of each day for 30 days.
import fc from 'fast-check';
import {
  classifyGenerations,
  generationFileName,
  MAX_GENERATIONS,
  parseGenerationFileName,
  RETENTION,
} from './generations';

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

  it('keeps every save of the last hour (500 quick saves: the newest 120, then one a minute)', () => {
    const few = Array.from({ length: 100 }, (_, i) => ref(now - i * 1000, i));
    expect(classifyGenerations(few, now).drop).toEqual([]);
    const many = Array.from({ length: 500 }, (_, i) => ref(now - i * 5000, i)); // 500 saves in 42 minutes
    const { keep } = classifyGenerations(many, now);
    for (let i = 0; i < RETENTION.recentMax; i++) expect(keep.has(many[i]!.generationId)).toBe(true);
    const minutesCovered = new Set(many.map((g) => Math.floor(g.ms / MIN)));
    const keptMinutes = new Set([...keep.keys()].map((id) => Math.floor(Number(id.slice(0, 13)) / MIN)));
    expect(keptMinutes).toEqual(minutesCovered);
  });

  it('keeps one per hour for a week, then the last of each day for 30 days', () => {
    const gens = Array.from({ length: 60 * 24 * 40 }, (_, i) => ref(now - i * MIN, i)); // one a minute, 40 days
    const { keep } = classifyGenerations(gens, now);
    const kept = [...keep.entries()].map(([id, kind]) => ({ ms: Number(id.slice(0, 13)), kind }));
    expect(kept.filter((k) => now - k.ms <= HOUR).length).toBe(61); // every save of the last hour
    const week = kept.filter((k) => now - k.ms > HOUR && now - k.ms <= 7 * DAY);
    expect(week.length).toBeGreaterThanOrEqual(7 * 24 - 2);
    expect(week.length).toBeLessThanOrEqual(7 * 24 + 1);
    const daily = kept.filter((k) => k.kind === 'daily');
    expect(daily.every((k) => now - k.ms <= 30 * DAY)).toBe(true);
    expect(daily.length).toBeGreaterThanOrEqual(22);
    expect(daily.length).toBeLessThanOrEqual(24);
    expect(kept.some((k) => now - k.ms > 30 * DAY)).toBe(false);
    expect(keep.size).toBeLessThanOrEqual(MAX_GENERATIONS);
  });

  it('never drops one of the newest five, and keeps a version of every recent day that has one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 40 * DAY }), { minLength: 1, maxLength: 200 }),
        (ages) => {
          const gens = ages.map((age, i) => ref(now - age, i));
          const { keep, drop } = classifyGenerations(gens, now);
          const newest = [...gens].sort((a, b) => b.ms - a.ms).slice(0, 5);
          const hourOf = (ms: number) => Math.floor(ms / HOUR);
          const keptHours = new Set([...keep.keys()].map((id) => hourOf(Number(id.slice(0, 13)))));
          for (const g of gens) if (now - g.ms <= 7 * DAY) expect(keptHours.has(hourOf(g.ms))).toBe(true);
          for (const g of newest) expect(keep.has(g.generationId)).toBe(true);
          expect(new Set([...keep.keys(), ...drop]).size).toBe(gens.length);
          const dayOf = (ms: number) => new Date(ms).toDateString();
          const keptDays = new Set([...keep.keys()].map((id) => dayOf(Number(id.slice(0, 13)))));
          for (const g of gens) if (now - g.ms <= 29 * DAY) expect(keptDays.has(dayOf(g.ms))).toBe(true);
          expect(keep.size).toBeLessThanOrEqual(MAX_GENERATIONS);
        },
      ),
    );
  });
});
