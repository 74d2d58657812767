// Section badges: issues are attributed to their section through sectionId or their cells' table.
import { createDraft } from '../../shared/draft/create';
import { evaluate } from '../../shared/engine';
import { getFormat } from '../../shared/formats';
import { META_SECTION, badgeOf, countsBySection, sectionOfIssue } from './section-status';

const format = getFormat('gov-2021');

describe('section status', () => {
  it('puts the blank-cell errors of an empty report on the table sections', () => {
    const draft = createDraft({ agency: '甲街道办事处', year: 2025, now: '2026-01-01T00:00:00Z', id: 'a' });
    const { issues } = evaluate(format, draft);
    const counts = countsBySection(format, issues);
    expect(counts.get('s2')?.errors).toBeGreaterThan(0);
    expect(counts.get('s3')?.errors).toBeGreaterThan(0);
    expect(counts.get('s4')?.errors).toBeGreaterThan(0);
    expect(badgeOf(counts.get('s3'))).toEqual({
      text: `错误 ${counts.get('s3')?.errors ?? 0}`,
      kind: 'error',
    });
  });

  it('uses the sectionId of text issues and falls back to the meta pseudo-section', () => {
    const issue = { ruleId: 'R6-1', level: 'warning' as const, cells: [], message: 'x', sectionId: 's6' };
    expect(sectionOfIssue(format, issue)).toBe('s6');
    const loose = { ruleId: 'R0-1', level: 'warning' as const, cells: [], message: 'y' };
    expect(sectionOfIssue(format, loose)).toBeNull();
    expect(countsBySection(format, [loose]).get(META_SECTION)).toEqual({ errors: 0, warnings: 1 });
  });

  it('shows ✓ without problems and 警告 n with warnings only', () => {
    expect(badgeOf(undefined)).toEqual({ text: '✓', kind: 'ok' });
    expect(badgeOf({ errors: 0, warnings: 2 })).toEqual({ text: '警告 2', kind: 'warning' });
  });
});
