// How much text fits each cell of the A4 landscape detail sheet (one initiative per page), to warn
// before printing. Geometry follows the PDF's page and type sizes (electron/pdf/styles.ts: A4
// landscape, 36pt side margins, 9pt table text, 8pt arrow labels, 4pt cell padding); every
// character counts as 1 em, a conservative upper bound for BIZ UDPGothic. An estimate: a warning.

const CONTENT_WIDTH = 841.89 - 36 * 2;
const PAD = 4 * 2;
const TABLE_PT = 9;
const LABEL_PT = 8;

/** Width share of the top row (取組内容 | 目的 | 実施課) and the bottom rows (活動内容 | 計画/実績 | years). */
const TOP = { title: 0.3, purpose: 0.5, departments: 0.2 } as const;
const ACTIVITY_SHARE = 0.28;
const ROW_LABEL_PT = 30;

/** Most lines each cell can take and still keep the sheet on one page (about 42 lines of 9pt). */
export const LINE_BUDGET = { title: 4, purpose: 8, departments: 8, activity: 24, result: 24, barLabel: 2 } as const;

export interface CellGeometry { charsPerLine: number; maxLines: number }

const chars = (widthPt: number, fontPt: number) => Math.max(1, Math.floor((widthPt - PAD) / fontPt));

export function yearColumnWidth(years: number): number {
  return (CONTENT_WIDTH * (1 - ACTIVITY_SHARE) - ROW_LABEL_PT) / Math.max(1, years);
}

export function cellGeometry(cell: 'title' | 'purpose' | 'departments' | 'activity' | 'result', years: number): CellGeometry {
  switch (cell) {
    case 'title': return { charsPerLine: chars(CONTENT_WIDTH * TOP.title, TABLE_PT), maxLines: LINE_BUDGET.title };
    case 'purpose': return { charsPerLine: chars(CONTENT_WIDTH * TOP.purpose, TABLE_PT), maxLines: LINE_BUDGET.purpose };
    case 'departments': return { charsPerLine: chars(CONTENT_WIDTH * TOP.departments, TABLE_PT), maxLines: LINE_BUDGET.departments };
    case 'activity': return { charsPerLine: chars(CONTENT_WIDTH * ACTIVITY_SHARE, TABLE_PT), maxLines: LINE_BUDGET.activity };
    case 'result': return { charsPerLine: chars(yearColumnWidth(years), TABLE_PT), maxLines: LINE_BUDGET.result };
  }
}

/** A bar label spans its years' columns, in the arrow-label type size. */
export function barLabelGeometry(spanYears: number, years: number): CellGeometry {
  return { charsPerLine: chars(yearColumnWidth(years) * spanYears, LABEL_PT), maxLines: LINE_BUDGET.barLabel };
}

/** Lines `text` takes at `charsPerLine` (each typed line at least one; 「・」 bullets indent 1 em). */
export function estimateLines(text: string, charsPerLine: number): number {
  let n = 0;
  for (const line of text.split('\n')) {
    const bullet = line.startsWith('・');
    const width = Array.from(line).length - (bullet ? 1 : 0);
    const per = Math.max(1, charsPerLine - (bullet ? 1 : 0));
    n += Math.max(1, Math.ceil(width / per));
  }
  return n;
}
