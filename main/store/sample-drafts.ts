// Realistic drafts for store tests, the fault-injection child and the benchmark: every 2021 cell filled, long texts.
import { createDraft } from '../../shared/draft/create';
import type { Draft } from '../../shared/draft/schema';
import { formatForYear, inputCells } from '../../shared/formats';

/** A small deterministic PRNG (mulberry32), so failures can be replayed from the seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHRASES = [
  '坚持以公开为常态、不公开为例外，',
  '围绕优化营商环境、保障和改善民生等重点领域，',
  '及时准确公开政策文件、财政预决算、重大建设项目等信息，',
  '依法依规办理政府信息公开申请，答复规范率进一步提升。',
  '加强政策解读和回应关切，通过政府网站、政务新媒体等渠道发布信息',
  '健全政府信息公开工作机制，落实专人负责制度。',
];

/** Chinese prose of about `chars` characters. */
export function prose(chars: number, rand: () => number): string {
  let out = '';
  while (out.length < chars) {
    out += PHRASES[Math.floor(rand() * PHRASES.length)] ?? '';
    if (rand() < 0.12) out += '\n';
  }
  return out.slice(0, chars);
}

/** A complete 2021-format draft: every input cell filled, each of the six sections ~`textChars` characters. */
export function fullDraft2021(options: { id?: string; seed?: number; textChars?: number } = {}): Draft {
  const rand = prng(options.seed ?? 1);
  const format = formatForYear(2024);
  const base = createDraft({
    agency: 'XX市XX区人民政府办公室',
    year: 2024,
    formatId: format.id,
    now: '2025-01-10T08:00:00.000Z',
    id: options.id ?? 'sample-2021',
  });
  const cells: Record<string, number | null> = {};
  for (const key of inputCells(format)) cells[key] = Math.floor(rand() * 50);
  const texts: Record<string, string> = {};
  for (const s of format.sections) texts[s.id] = prose(options.textChars ?? 1500, rand);
  return {
    ...base,
    cells,
    texts,
    contact: {
      address: 'XX市XX区XX路1号',
      postcode: '100000',
      phone: '010-12345678',
      email: 'gk@example.gov.cn',
    },
    signature: { agency: base.agency, date: '2025-01-20' },
  };
}

/** A draft whose file is about `bytes` long (long texts), for size tests and the benchmark. */
export function draftOfSize(bytes: number, options: { id?: string; seed?: number } = {}): Draft {
  // Pretty-printed JSON of Chinese text: ~3 bytes per character.
  const perSection = Math.max(100, Math.floor(bytes / 3 / 6));
  return fullDraft2021({ ...options, textChars: perSection });
}
