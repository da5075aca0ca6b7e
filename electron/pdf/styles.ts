// Page geometry, type sizes, colours and table looks of the plan PDF: one place to tune the look.
// Pure (no Node imports): the builder must run anywhere.
import type { CustomTableLayout, StyleDictionary } from 'pdfmake/interfaces.js';

/** The family name the builder asks for; fonts.ts maps it to the BIZ UDPGothic files. */
export const FONT = 'BIZUDPGothic';

/** A4 landscape in points, as the published plan. */
export const PAGE = { width: 841.89, height: 595.28 } as const;
/** [left, top, right, bottom]; the bottom one leaves room for the page number. */
export const MARGINS = [36, 30, 36, 36] as const;
export const CONTENT_WIDTH = PAGE.width - MARGINS[0] - MARGINS[2];
export const CONTENT_HEIGHT = PAGE.height - MARGINS[1] - MARGINS[3];

/**
 * BIZ UDPGothic's ascender − descender is exactly 1 em (1802 + 246 of 2048 units) and no glyph is
 * wider than 1 em: pdfmake's line box is therefore fontSize × LINE_HEIGHT, and 1 em per character
 * is an upper bound for widths. measure.ts relies on both (tests/pdf/text.test.ts checks them).
 */
export const FONT_EM_HEIGHT = 1.0;
export const LINE_HEIGHT = 1.25;

export const SIZE = {
  body: 10,
  table: 9,
  label: 8, // arrow labels in the 計画 row
  heading: 12,
  subheading: 11,
  title: 18,
  footer: 8,
} as const;

export const COLOR = {
  line: '#404040',
  headerFill: '#e6e6e6',
  arrow: '#3a5683',
  muted: '#555555',
  /** The 作業中(未確定) mark: light on every page, never mistaken for the text. */
  working: '#9a3412',
} as const;

/** Table cell paddings (points) and rule width: detail-sheet.ts computes column widths from them. */
export const CELL = { padX: 4, padY: 3, rule: 0.6 } as const;

/** Named styles for definitions that let pdfmake wrap text (the plan PDF sets its lines itself). */
export const styles: StyleDictionary = {
  title: { fontSize: SIZE.title, bold: true, alignment: 'center', margin: [0, 0, 0, 18] },
  heading: { fontSize: SIZE.heading, bold: true, margin: [0, 14, 0, 6] },
  subheading: { fontSize: SIZE.subheading, bold: true, margin: [0, 8, 0, 4] },
  body: { fontSize: SIZE.body },
  th: { bold: true, alignment: 'center', fillColor: COLOR.headerFill },
  sheetHead: { fontSize: SIZE.table + 0.5, bold: true },
};

/** The ruled look of every table: thin dark rules, fixed paddings (widths are computed from them). */
export const ruledLayout: CustomTableLayout = {
  hLineWidth: () => CELL.rule,
  vLineWidth: () => CELL.rule,
  hLineColor: () => COLOR.line,
  vLineColor: () => COLOR.line,
  paddingLeft: () => CELL.padX,
  paddingRight: () => CELL.padX,
  paddingTop: () => CELL.padY,
  paddingBottom: () => CELL.padY,
};

/** Line box height of `fontSize` text, as pdfmake lays it out. */
export function lineBox(fontSize: number): number {
  return fontSize * FONT_EM_HEIGHT * LINE_HEIGHT;
}

/**
 * The frame every official document shares (the plan and the 新旧対照表): A4 landscape, margins,
 * the font, metadata, a fresh copy of the styles (pdfmake may write into what it is given, and
 * the long-lived worker renders many documents).
 */
export function officialFrame(info: { title: string; subject: string; author?: string; creationDate: Date }) {
  return {
    pageSize: 'A4' as const,
    pageOrientation: 'landscape' as const,
    pageMargins: [...MARGINS] as [number, number, number, number],
    info: { ...info, creator: 'アクションプラン・デスク' },
    language: 'ja-JP',
    displayTitle: true,
    // Not `tagged`: pdfmake would declare MarkInfo /Marked true over an empty structure tree, which
    // tells screen readers to trust tags that do not exist (docs/ACCESSIBILITY.md).
    defaultStyle: { font: FONT, fontSize: SIZE.body, lineHeight: LINE_HEIGHT },
    styles: structuredClone(styles),
  };
}
