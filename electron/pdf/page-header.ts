// The header line of the plan PDF's pages: on a continuation page of a sheet taller than a page,
// that sheet's 方針 line and 「(続き)」; on every page of a working copy, 作業中(未確定).
// Which pages continue a sheet is known only after layout: pdfmake fills each node's `positions`
// (page numbers) in place while laying out, before it asks for the headers, so the header reads
// them from the sheet nodes of the definition.
import type { Content } from 'pdfmake/interfaces.js';
import { WORKING_LABEL } from '../../shared/revisions/types.ts';
import type { Measure } from './measure.ts';
import { COLOR, CONTENT_WIDTH, MARGINS, SIZE } from './styles.ts';

/** A sheet that may run over pages, and the line its continuation pages carry. */
export interface Continued { node: object; line: string }

type Positioned = { positions?: { pageNumber?: number }[] };

/** The sheet that page `page` (1-based) continues, if any. */
export function continuedOn(sheets: readonly Continued[], page: number): Continued | undefined {
  return sheets.find((s) => {
    const pages = ((s.node as Positioned).positions ?? []).map((p) => p.pageNumber).filter((n): n is number => typeof n === 'number');
    return pages.length > 0 && pages[0]! < page && pages.includes(page);
  });
}

/** The line cut to fit `width` (with …), so the header never wraps into the page. */
function fitLine(text: string, width: number, fontSize: number, bold: boolean, measure: Measure): string {
  if (measure(text, fontSize, bold) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && measure(`${chars.join('')}…`, fontSize, bold) > width) chars.pop();
  return `${chars.join('')}…`;
}

export function pageHeader(sheets: readonly Continued[], workingCopy: boolean, measure: Measure) {
  const markWidth = workingCopy ? 180 : 0;
  return (currentPage: number): Content | null => {
    const c = continuedOn(sheets, currentPage);
    if (!c && !workingCopy) return null;
    const left = c ? fitLine(`${c.line}(続き)`, CONTENT_WIDTH - markWidth - 12, SIZE.table + 0.5, true, measure) : '';
    return {
      columns: [
        { width: '*', text: left, bold: true, fontSize: SIZE.table + 0.5, noWrap: true },
        ...(workingCopy ? [{ width: markWidth, text: `${WORKING_LABEL}: 確定済みの改定版ではありません`, alignment: 'right', fontSize: SIZE.footer, color: COLOR.working, noWrap: true }] : []),
      ],
      margin: [MARGINS[0], 12, MARGINS[2], 0],
    } as Content;
  };
}
