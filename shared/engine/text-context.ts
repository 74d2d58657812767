// What every text check reads: the format (its roles and sections), the draft, the evaluated values, options.
import type { CellKey, FormatRoles, ReportFormat, TextRule } from '../formats';
import type { Draft, PreviousYear } from '../draft/schema';
import type { Issue } from './types';

export interface TextContext {
  readonly format: ReportFormat;
  readonly draft: Draft;
  readonly values: Readonly<Record<CellKey, number | null>>;
  /** Computed cells whose inputs are not all filled: their sum is not a figure to compare with. */
  readonly incomplete: ReadonlySet<CellKey>;
  readonly previous: PreviousYear | null | undefined;
  /** 公开期限 as MM-DD of the year after the report year. */
  readonly deadline: string;
}

type SingleRole = {
  [K in keyof FormatRoles]-?: FormatRoles[K] extends CellKey | undefined ? K : never;
}[keyof FormatRoles];

/** The cell a role names in this format, if the format has it. */
export const roleCell = (ctx: TextContext, role: SingleRole): CellKey | undefined => ctx.format.roles[role];

/** The value of a role's cell: null when the format lacks the role, the cell is blank or its total incomplete. */
export function roleValue(ctx: TextContext, role: SingleRole): number | null {
  const cell = roleCell(ctx, role);
  if (!cell || ctx.incomplete.has(cell)) return null;
  return ctx.values[cell] ?? null;
}

export const headingOf = (format: ReportFormat, id: string): string =>
  format.sections.find((s) => s.id === id)?.heading ?? id;

/** An issue of a text rule, about a section (paragraph link) and/or cells. */
export function textIssue(
  rule: TextRule,
  message: string,
  where: {
    sectionId?: string | undefined;
    cells?: readonly CellKey[];
    level?: Issue['level'];
    quote?: string | undefined;
    field?: Issue['field'];
  } = {},
): Issue {
  return {
    ruleId: rule.id,
    level: where.level ?? rule.level,
    cells: where.cells ?? [],
    message,
    ...(where.sectionId ? { sectionId: where.sectionId } : {}),
    ...(where.quote ? { quote: where.quote } : {}),
    ...(where.field ? { field: where.field } : {}),
  };
}

/** The sections written as prose, with their text. */
export const proseOf = (ctx: TextContext): { id: string; heading: string; text: string }[] =>
  ctx.format.sections
    .filter((s) => s.kind === 'text')
    .map((s) => ({ id: s.id, heading: s.heading, text: ctx.draft.texts[s.id] ?? '' }));
