// The editor's left navigation: 封面信息 and the six sections, each with its status badge.
import type { ReportFormat } from '../../shared/formats';
import type { Issue } from '../../shared/engine';
import { META_SECTION, badgeOf, countsBySection } from './section-status';

export function SectionNav(props: {
  readonly format: ReportFormat;
  readonly issues: readonly Issue[];
  readonly active: string;
  readonly onSelect: (sectionId: string) => void;
}) {
  const counts = countsBySection(props.format, props.issues);
  const items = [
    { id: META_SECTION, heading: '机关名称、成文日期、前言' },
    ...props.format.sections.map((s) => ({ id: s.id, heading: s.heading })),
  ];
  return (
    <nav className="section-nav" aria-label="报告各部分">
      <ol>
        {items.map((item) => {
          const badge = badgeOf(counts.get(item.id));
          const current = item.id === props.active;
          return (
            <li key={item.id}>
              <button
                type="button"
                className={current ? 'section-nav-item active' : 'section-nav-item'}
                aria-current={current ? 'true' : undefined}
                data-section={item.id}
                onClick={() => props.onSelect(item.id)}
              >
                <span className="section-nav-heading">{item.heading}</span>
                <span
                  className={`badge badge-${badge.kind}`}
                  aria-label={badge.kind === 'ok' ? '无问题' : badge.text}
                >
                  {badge.text}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
