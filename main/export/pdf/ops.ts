// Drawing operations produced by the layout (top-down coordinates in points) and the page they land on.
import type { FontRole } from './font-files';
import type { FontFace, FontSet } from './fonts';

export interface TextOp {
  readonly kind: 'text';
  readonly face: FontFace;
  readonly size: number;
  readonly x: number;
  /** Baseline, measured from the top of the page. */
  readonly y: number;
  readonly text: string;
  /** Extra space after each character (PDF Tc), for the 28-character grid and justification. */
  readonly spacing: number;
  /** Emboldened by stroking the outline: a bold role's character drawn by the regular fallback face. */
  readonly bold?: boolean;
}

/** Roles set in a bold face (小标宋, 黑体): fallback characters there are emboldened to match. */
const BOLD_ROLES: ReadonlySet<FontRole> = new Set(['title', 'heading1']);

export interface RectOp {
  readonly kind: 'rect';
  readonly x: number;
  /** Top edge, from the top of the page. */
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export type DrawOp = TextOp | RectOp;

export interface LaidPage {
  readonly ops: DrawOp[];
}

/** Width in points of `text` set in `role` at `size`, with `spacing` after each character. */
export function measure(fonts: FontSet, role: FontRole, size: number, spacing = 0): (text: string) => number {
  return (text) => {
    let w = 0;
    for (const ch of text) w += fonts.faceFor(role, ch).advance(ch) * size + spacing;
    return w;
  };
}

/** Emits `text` as runs of one face each (per-character fallback), advancing x as the PDF viewer will. */
export function emitText(
  page: LaidPage,
  fonts: FontSet,
  role: FontRole,
  size: number,
  x: number,
  y: number,
  text: string,
  spacing = 0,
): void {
  let run = '';
  let runFace: FontFace | null = null;
  let runX = x;
  let cx = x;
  const own = fonts.face(role);
  const flush = () => {
    if (run && runFace) {
      const bold = BOLD_ROLES.has(role) && runFace !== own;
      page.ops.push({
        kind: 'text',
        face: runFace,
        size,
        x: runX,
        y,
        text: run,
        spacing,
        ...(bold ? { bold } : {}),
      });
    }
    run = '';
  };
  for (const ch of text) {
    const face = fonts.faceFor(role, ch);
    if (face !== runFace) {
      flush();
      runFace = face;
      runX = cx;
    }
    run += ch;
    cx += face.advance(ch) * size + spacing;
  }
  flush();
}
