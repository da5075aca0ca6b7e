// Texts typed by people, as pdfmake content of known height: cut into lines by measure.ts, one
// unwrapped pdfmake line each. Lines starting with ・ are bullets with a hanging indent (continuation
// lines align under the text, not under the bullet); other lines stay as typed.
import type { Alignment, Content } from 'pdfmake/interfaces.js';
import { wrapParagraph, type Measure } from './measure.ts';
import { lineBox } from './styles.ts';

const BULLET = '・';
/** Room kept free on every line against rounding (points). */
const SLACK = 0.5;

export interface Para {
  content: Content;
  /** Exact laid-out height (lines × line box). */
  height: number;
  lines: number;
}

export interface ParaOptions {
  width: number;
  fontSize: number;
  measure: Measure;
  bold?: boolean;
  alignment?: Alignment;
  /** Printed bold before the text on its first line (e.g. the No. of an initiative). */
  boldPrefix?: string;
  /** Other properties for the outer node (margin, style…). */
  extra?: Record<string, unknown>;
  /** Properties for the first line only: a bookmark (outline) must sit on a text line, not a stack. */
  firstLine?: Record<string, unknown>;
}

type Line = { text: string | Content[]; margin?: [number, number, number, number] };

export function paragraph(text: string, o: ParaOptions): Para {
  const bold = o.bold ?? false;
  const prefix = o.boldPrefix ?? '';
  // The prefix is measured bold, the rest of the text regular: keep the difference free.
  const prefixExtra = prefix ? Math.max(0, o.measure(prefix, o.fontSize, true) - o.measure(prefix, o.fontSize, false)) : 0;
  const width = o.width - SLACK - prefixExtra;
  const bulletWidth = o.measure(BULLET, o.fontSize, bold);
  const lines: Line[] = [];
  for (const physical of (prefix + text).split('\n')) {
    if (physical.startsWith(BULLET)) {
      const parts = wrapParagraph(physical.slice(BULLET.length), width - bulletWidth, o.fontSize, bold, o.measure);
      parts.forEach((l, i) => lines.push(i === 0 ? { text: BULLET + l } : { text: l, margin: [bulletWidth, 0, 0, 0] }));
    } else {
      for (const l of wrapParagraph(physical, width, o.fontSize, bold, o.measure)) lines.push({ text: l });
    }
  }
  if (prefix && typeof lines[0]!.text === 'string') {
    const first = lines[0]!.text as string;
    lines[0]!.text = [{ text: prefix, bold: true }, { text: first.slice(prefix.length) }] as Content[];
  }
  // An empty line still takes its height: pdfmake drops an empty string, not a space.
  const nodes = lines.map((l, i) => ({ ...l, text: l.text === '' ? ' ' : l.text, ...(i === 0 ? o.firstLine : {}) }));
  const style = { fontSize: o.fontSize, noWrap: true, ...(bold ? { bold } : {}), ...(o.alignment ? { alignment: o.alignment } : {}), ...o.extra };
  const content = (nodes.length === 1 && !nodes[0]!.margin ? { ...nodes[0], ...style } : { stack: nodes, ...style }) as Content;
  return { content, height: nodes.length * lineBox(o.fontSize), lines: nodes.length };
}
