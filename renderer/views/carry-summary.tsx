// What carry-over will bring into the new report (cells with values and their source), shown before creating it.
import { carryOver, defaultPreamble } from '../../shared/draft/create';
import type { Draft } from '../../shared/draft/schema';
import { evaluate } from '../../shared/engine';
import { cellLabel, getFormat } from '../../shared/formats';
import { formatCell } from '../../shared/engine/format-cell';
import { cellsOf } from '../../shared/formats';

/** The new draft as carry-over makes it from `prev`, with the agency the clerk entered. */
export function carriedDraft(prev: Draft, year: number, agency: string, source: string): Draft {
  const draft = carryOver(prev, { year, source });
  const format = getFormat(draft.formatId);
  return {
    ...draft,
    agency,
    signature: { ...draft.signature, agency },
    preamble: defaultPreamble(format, agency, year),
  };
}

export function CarrySummary({
  prev,
  draft,
  sourceLabel,
}: {
  readonly prev: Draft;
  readonly draft: Draft;
  readonly sourceLabel: string;
}) {
  const format = getFormat(draft.formatId);
  const linked = Object.entries(evaluate(format, draft).linked);
  const cells = cellsOf(format);
  return (
    <div className="carry-summary" data-testid="carry-summary">
      <p>
        将从 <strong>{sourceLabel}</strong>（{prev.agency} {prev.year}年度）结转：
      </p>
      {linked.length === 0 ? (
        <p className="muted">上一年度报告的格式与本年度不同，没有可自动结转的数字。</p>
      ) : (
        <table className="plain-table">
          <thead>
            <tr>
              <th scope="col">单元格</th>
              <th scope="col">结转数值</th>
              <th scope="col">依据</th>
            </tr>
          </thead>
          <tbody>
            {linked.map(([key, l]) => {
              const column = cells.get(key)?.column;
              return (
                <tr key={key}>
                  <td>{cellLabel(format, key)}</td>
                  <td className="num">
                    {l.value === null
                      ? '（上年未填）'
                      : column
                        ? formatCell(l.value, column)
                        : String(l.value)}
                  </td>
                  <td>{l.explain}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ul className="plain-list">
        <li>机关名称、联系方式和各部分小标题</li>
        {draft.checklist.length > 0 && (
          <li>上一年度“存在的主要问题”{draft.checklist.length} 条，作为本年度“改进情况”的核对清单</li>
        )}
        <li>上一年度正文，在编辑时作为参考显示在右侧</li>
      </ul>
      <p className="muted">不会复制上一年度的本年数字和正文。</p>
    </div>
  );
}
