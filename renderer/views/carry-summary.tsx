// What carry-over will bring into the new report (cells with values and their source), shown before creating it.
import type { Draft } from '../../shared/draft/schema';
import { evaluate, type LinkedCell } from '../../shared/engine';
import { cellLabel, getFormat } from '../../shared/formats';
import { formatCell } from '../../shared/engine/format-cell';
import { cellsOf, type CellKey, type ReportFormat } from '../../shared/formats';

/**
 * What the summary shows for a carried cell. A relation with this year's terms (现行有效件数 = 上年 + 制发 − 废止)
 * has no value yet when the new report is created: that is not "上年未填" when last year's figure is there.
 */
export function carriedCellText(format: ReportFormat, draft: Draft, key: CellKey, link: LinkedCell): string {
  const column = cellsOf(format).get(key)?.column;
  const show = (v: number) => (column ? formatCell(v, column) : String(v));
  if (link.value !== null) return show(link.value);
  const rule = format.crossYear.find((r) => r.id === link.ruleId && r.target === key);
  const prev = draft.previous;
  if (!rule || !prev) return '（上年未填）';
  const prevTerms = rule.terms.filter((t) => t.from === 'prev');
  const prevValues = prevTerms.map((t) => prev.cells[t.cell] ?? null);
  if (prevValues.some((v) => v === null)) return '（上年未填）';
  const curLabels = rule.terms.filter((t) => t.from === 'cur').map((t) => t.label);
  const prevText = prevTerms.map((t, i) => `${t.label} ${show(prevValues[i] ?? 0)}`).join('，');
  return `${prevText}；填写${curLabels.join('、')}后自动计算`;
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
              return (
                <tr key={key}>
                  <td>{cellLabel(format, key)}</td>
                  <td className={l.value === null ? undefined : 'num'}>
                    {carriedCellText(format, draft, key, l)}
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
