// GB/T 9704-2012 page geometry for A4 (mm → pt) and the type sizes used by the PDF layout.

const MM = 72 / 25.4;

export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginTop: 37 * MM,
  marginBottom: 35 * MM,
  marginLeft: 28 * MM,
  marginRight: 26 * MM,
} as const;

export const BODY_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
export const BODY_HEIGHT = PAGE.height - PAGE.marginTop - PAGE.marginBottom;
/** 22 lines per page. */
export const LINE_PITCH = BODY_HEIGHT / 22;
/** 28 characters per line: the advance of one 3号 character on the grid. */
export const GRID_CHAR = BODY_WIDTH / 28;

/** Chinese type sizes in points. */
export const SIZE = {
  er: 22, // 二号: title
  san: 16, // 三号: body, headings
  si: 14, // 四号: page numbers
  wu: 10.5, // 五号: tables
  xiaowu: 9, // 小五: dense tables (表四)
} as const;

/** Page number: its top 7 mm below the text area. */
export const PAGE_NUMBER_GAP = 7 * MM;
