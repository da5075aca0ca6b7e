// Line breaking done by us, not by pdfmake: every text is cut into lines that surely fit their box
// (Japanese rules: no line starts with 、。」ー… nor ends with 「(…; Latin words stay whole; a number
// keeps its counter; no last line of one character) and each
// line is handed to pdfmake as one unwrapped line. Heights are then exact (lines × line box), which
// the page-fit guard needs — pdfmake silently drops an unbreakable block taller than a page — and
// pdfmake lays out one piece per line instead of one per character, which makes it several times faster.
import { lineBox } from './styles.ts';

/** Width in points of `text` at `fontSize`; never less than what the PDF will draw. */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

/**
 * 1 em per character: an upper bound for BIZ UDPGothic (no glyph is wider than 1 em), usable
 * without the font (pure builds, tests). render.ts passes the font's real advance widths.
 */
export const emMeasure: Measure = (text, fontSize) => {
  let n = 0;
  for (const _ of text) n++;
  return n * fontSize;
};

// Our own character classes, not UAX #14 (the `linebreak` package pdfkit ships): measured on the
// seed's texts it cut units 3× slower and broke Latin compounds after their hyphen (「Wi-|Fi」).
// Characters that may not start a line, and ones that may not end a line (JIS X 4051 style).
const NO_START = /[、。,.,.)\]}」』】〕〉》)’”ー〜~・:;:;!?!?ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻ゝゞヽヾ%%]/u;
const NO_END = /[(\[{「『【〔〈《(‘“¥$#]/u;
// Latin letters, digits and the like run together as one word.
const WORD = /[\p{L}\p{N}\p{M}_\-/@&+=*'"#%$.,:;!?<>|\\^`~]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
const SPACE = /^[ \u3000]+$/;

// Counters and units that stay on the line of the number before them (「3回」「令和6年度」「12か所」).
const COUNTER = /[年度月日回件人名種類か所箇ヵヶ個台枚部校館歳時間分秒倍割点号条項期週円万億%%]/u;
const DIGIT = /[0-90-9]/u;

const NO_START_BIT = 1;
const NO_END_BIT = 2;
const LATIN_BIT = 4;
const DIGIT_BIT = 8;
const COUNTER_BIT = 16;
const classes = new Map<string, number>();
/** Line-breaking class bits of a character (cached: texts reuse few distinct characters). */
function classOf(c: string): number {
  let v = classes.get(c);
  if (v === undefined) {
    v = (NO_START.test(c) ? NO_START_BIT : 0) | (NO_END.test(c) ? NO_END_BIT : 0) | (WORD.test(c) && !CJK.test(c) ? LATIN_BIT : 0)
      | (DIGIT.test(c) ? DIGIT_BIT : 0) | (COUNTER.test(c) ? COUNTER_BIT : 0);
    classes.set(c, v);
  }
  return v;
}

/** Splits one line (no \n) into units that are never broken inside (a kanji, a Latin word, 「 + next…). */
export function breakUnits(line: string): string[] {
  const units: string[] = [];
  let cur = '';
  let prev = 0;
  // True while the unit ends in a number or a counter run right after one.
  let numbered = false;
  for (const c of line) {
    const k = classOf(c);
    const counter: boolean = numbered && (k & COUNTER_BIT) !== 0;
    const glue = cur !== '' && (counter || (k & NO_START_BIT) !== 0 || (prev & NO_END_BIT) !== 0 || (k & prev & LATIN_BIT) !== 0);
    if (glue) cur += c;
    else {
      if (cur) units.push(cur);
      cur = c;
    }
    numbered = (k & DIGIT_BIT) !== 0 || counter;
    prev = k;
  }
  if (cur) units.push(cur);
  return units;
}

/** Lines of one paragraph (no \n) in a box `width` points wide. An empty paragraph is one empty line. */
export function wrapParagraph(text: string, width: number, fontSize: number, bold: boolean, measure: Measure): string[] {
  const out: string[][] = [];
  let line: string[] = [];
  let w = 0;
  const push = () => {
    out.push(line);
    line = [];
    w = 0;
  };
  for (const u of breakUnits(text)) {
    const uw = measure(u, fontSize, bold);
    if (w + uw <= width) {
      line.push(u);
      w += uw;
      continue;
    }
    if (SPACE.test(u)) {
      // A space where the line is full is the break itself.
      push();
      continue;
    }
    if (line.length > 0) push();
    if (uw <= width) {
      line.push(u);
      w = uw;
      continue;
    }
    // A unit longer than a whole line (a long URL or number) is cut by characters.
    for (const c of u) {
      const cw = measure(c, fontSize, bold);
      if (w + cw > width && line.length > 0) push();
      line.push(c);
      w += cw;
    }
  }
  out.push(line);
  avoidOrphan(out, width, fontSize, bold, measure);
  return out.map((l) => l.join(''));
}

/**
 * A last line of one character (「構 / 築」) takes the last unit of the line before it, when that
 * line keeps at least one more unit and the two still fit: same number of lines, no orphan.
 */
function avoidOrphan(lines: string[][], width: number, fontSize: number, bold: boolean, measure: Measure): void {
  const n = lines.length;
  if (n < 2) return;
  const last = lines[n - 1]!;
  const prev = lines[n - 2]!;
  if (last.length !== 1 || [...last[0]!].length !== 1 || SPACE.test(last[0]!) || prev.length < 2) return;
  const moved = prev.at(-1)!;
  if (SPACE.test(moved) || measure(moved + last[0]!, fontSize, bold) > width) return;
  prev.pop();
  last.unshift(moved);
}

/** Lines of `text` (paragraphs split on \n). */
export function wrapLines(text: string, width: number, fontSize: number, bold: boolean, measure: Measure): string[] {
  return text.split('\n').flatMap((p) => wrapParagraph(p, width, fontSize, bold, measure));
}

/**
 * Caches a measure per (size, face, unit): units repeat a lot (kanji, kana, common words). A cache
 * kept for a whole thread's life starts over past `maxEntries` units per size and face.
 */
export function cachedMeasure(m: Measure, maxEntries = 50_000): Measure {
  const caches = new Map<number, Map<string, number>>();
  return (text, fontSize, bold) => {
    const slot = bold ? -fontSize : fontSize;
    let cache = caches.get(slot);
    if (!cache) caches.set(slot, (cache = new Map()));
    let v = cache.get(text);
    if (v === undefined) {
      v = m(text, fontSize, bold);
      if (text.length <= 32) {
        if (cache.size >= maxEntries) cache.clear();
        cache.set(text, v);
      }
    }
    return v;
  };
}

/**
 * For texts pdfmake wraps itself (the 新旧対照表): an upper bound of their height, from 1 em per
 * character, 1 em kept free per line for kinsoku pushes, plus 5% and a line for rules we do not model.
 */
export function estimateTextHeight(text: string, widthPt: number, fontSize: number): number {
  const lines = wrapLines(text, widthPt - fontSize, fontSize, false, emMeasure).length;
  return Math.ceil(lines * 1.05 + 1) * lineBox(fontSize);
}
