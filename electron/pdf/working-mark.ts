// The mark of a working copy that differs from its last frozen revision: a light line in the
// header of every page (the cover also says it next to the edition, front-pages.ts).
import type { Content } from 'pdfmake/interfaces.js';
import { WORKING_LABEL } from '../../shared/revisions/types.ts';
import { COLOR, MARGINS, SIZE } from './styles.ts';

/** The word of file names (Windows-safe, no parentheses). */
export const WORKING_MARK = '作業中';

export function workingHeader(): Content {
  return {
    text: `${WORKING_LABEL}: 確定済みの改定版ではありません`,
    alignment: 'right', fontSize: SIZE.footer, color: COLOR.working,
    margin: [MARGINS[0], 12, MARGINS[2], 0],
  } as Content;
}
