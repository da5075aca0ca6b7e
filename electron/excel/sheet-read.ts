// One worksheet part read the way Excel shows it: each cell's stored value and type (a formula by
// its cached value, never evaluated), merged ranges, and whether the sheet is protected. Reading
// stops as soon as values reach past `maxRows`: 100,000 rows pasted under a form are refused on
// that, not parsed.
import { colLetter as colLetters } from './form-layout.ts';
import { attrOf, parseXml, StopReading, xmlTrue } from './xml-read.ts';
import { decodeXstring } from './xstring.ts';

export interface RawCell {
  /** The cell's type attribute (s, inlineStr, str, b, e, d, n). */
  type: string;
  style: number;
  /** <v> as written (a shared-string index for type s), or the inline string's text. */
  value: string;
}

export interface RawSheet {
  cells: Map<string, RawCell>;
  merges: string[];
  protected: boolean;
  /** The last row holding a value (empty rows kept only for their height or style do not count). */
  lastRow: number;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function readSheet(xml: string, maxRows: number): RawSheet {
  const sheet: RawSheet = { cells: new Map(), merges: [], protected: false, lastRow: 0 };
  let row = 0;
  let col = 0;
  let cell: { addr: string; row: number; type: string; style: number; parts: string[] } | null = null;
  let inValue = false;
  let inInline = false;
  let inText = false;
  let ruby = 0;
  parseXml(xml, {
    open(name, a) {
      if (name === 'row') {
        row = a.r !== undefined ? Number(a.r) : row + 1;
        col = 0;
      } else if (name === 'c') {
        const m = a.r ? /^([A-Za-z]{1,3})(\d+)$/u.exec(a.r) : null;
        col = m ? colNumber(m[1]!) : col + 1;
        const r = m ? Number(m[2]) : row;
        cell = { addr: `${colLetters(col)}${r}`, row: r, type: a.t ?? 'n', style: Number(a.s ?? 0), parts: [] };
      } else if (cell && name === 'v') inValue = true;
      else if (cell && name === 'is') inInline = true;
      else if (cell && name === 't') inText = true;
      else if (name === 'rPh') ruby++;
      else if (name === 'mergeCell' && a.ref) sheet.merges.push(a.ref);
      else if (name === 'sheetProtection') sheet.protected = xmlTrue(attrOf(a, 'sheet'));
    },
    close(name) {
      if (name === 'v') inValue = false;
      else if (name === 'is') inInline = false;
      else if (name === 't') inText = false;
      else if (name === 'rPh') ruby--;
      else if (name === 'c' && cell) {
        if (cell.parts.length > 0) {
          const raw = cell.parts.join('');
          sheet.cells.set(cell.addr, { type: cell.type, style: cell.style, value: cell.type === 'inlineStr' || cell.type === 'str' ? decodeXstring(raw) : raw });
          sheet.lastRow = Math.max(sheet.lastRow, cell.row);
          if (sheet.lastRow > maxRows) throw new StopReading();
        }
        cell = null;
      }
    },
    text(t) {
      if (cell && (inValue || (inInline && inText && ruby === 0))) cell.parts.push(t);
    },
  });
  return sheet;
}

/** The cells of a merged range other than its top-left one ("B5:E6"), or null when it is not a range. */
export function mergedRange(ref: string): { master: string; top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})\$?(\d+)$/u.exec(ref);
  if (!m) return null;
  const [left, top, right, bottom] = [colNumber(m[1]!), Number(m[2]), colNumber(m[3]!), Number(m[4])];
  return { master: `${colLetters(Math.min(left, right))}${Math.min(top, bottom)}`, top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}
