// How much text fits each cell of the A4 landscape detail sheet (one initiative per page), to warn
// before printing. The geometry mirrors the PDF's (electron/pdf/styles.ts, sheet-grid.ts: A4
// landscape, 36pt side margins, 活動内容 205pt, 計画/実績 label 30pt, years share the rest, 実施課
// over the last year column(s) near 120pt; 9pt table text, 8pt arrow labels, 4pt cell padding).
// Every character counts as 1 em, an upper bound for BIZ UDPGothic. An estimate: a warning only.

const CONTENT_WIDTH = 841.89 - 36 * 2;
const ACTIVITY_WIDTH = 205;
const LABEL_WIDTH = 30;
const DEPT_WIDTH = 120;
const DEPT_SNAP = 70;
const PAD = 4 * 2 + 0.6;
const TABLE_PT = 9;
const LABEL_PT = 8;

/**
 * Most lines each cell can take and still keep the sheet on one page: about 47 lines of 9pt fit,
 * the sheet's heading and column headers take some 6, the top row (取組内容/目的/実施課) and the
 * bottom rows (活動内容 beside the 計画 arrows and 実績) share the rest.
 */
export const LINE_BUDGET = { title: 10, purpose: 10, departments: 10, activity: 30, result: 24, barLabel: 2 } as const;

export interface CellGeometry { charsPerLine: number; maxLines: number }

const chars = (widthPt: number, fontPt: number) => Math.max(1, Math.floor((widthPt - PAD) / fontPt));

export function yearColumnWidth(years: number): number {
  return (CONTENT_WIDTH - ACTIVITY_WIDTH - LABEL_WIDTH) / Math.max(1, years);
}

/** 実施課 spans the last k year columns when that is within 70pt of 120pt, else 120pt of its own. */
function departmentWidth(years: number): number {
  const yw = yearColumnWidth(years);
  let best: number | null = null;
  for (let k = 1; k < years; k++) if (best === null || Math.abs(k * yw - DEPT_WIDTH) < Math.abs(best - DEPT_WIDTH)) best = k * yw;
  return best !== null && Math.abs(best - DEPT_WIDTH) <= DEPT_SNAP ? best : DEPT_WIDTH;
}

export function cellGeometry(cell: 'title' | 'purpose' | 'departments' | 'activity' | 'result', years: number): CellGeometry {
  switch (cell) {
    case 'title': return { charsPerLine: chars(ACTIVITY_WIDTH, TABLE_PT), maxLines: LINE_BUDGET.title };
    case 'purpose': return { charsPerLine: chars(CONTENT_WIDTH - ACTIVITY_WIDTH - departmentWidth(years), TABLE_PT), maxLines: LINE_BUDGET.purpose };
    case 'departments': return { charsPerLine: chars(departmentWidth(years), TABLE_PT), maxLines: LINE_BUDGET.departments };
    case 'activity': return { charsPerLine: chars(ACTIVITY_WIDTH, TABLE_PT), maxLines: LINE_BUDGET.activity };
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
