// The embedded font (BIZ UDPGothic, from node_modules, never a URL) and the access policies that
// keep pdfmake off the network and away from every other local file. The faces are parsed once per
// thread (font-cache.ts) and shared by pdfkit, the glyph check and the builder's line breaking.
import { cachedMeasure, type Measure } from './measure.ts';
import { face, FONT_FILES, VIRTUAL_NAMES } from './font-cache.ts';
import { FONT } from './styles.ts';

export { FONT_FILES } from './font-cache.ts';

/**
 * pdfmake's font table: the faces come from its virtual file system (font-cache.ts installs them),
 * so pdfmake reads no file. No italic face exists, so italics map to the upright ones.
 */
export function fontTable() {
  return {
    [FONT]: { normal: VIRTUAL_NAMES.regular, bold: VIRTUAL_NAMES.bold, italics: VIRTUAL_NAMES.regular, bolditalics: VIRTUAL_NAMES.bold },
  };
}

const allowedFiles = new Set<string>([FONT_FILES.regular, FONT_FILES.bold]);

/** No URL is ever fetched. */
export const urlAccessPolicy = (_url: string): boolean => false;
/** Only the two font files may be read. */
export const localAccessPolicy = (path: string): boolean => allowedFiles.has(path);

/** Whether both faces draw `cp` (they share one character set, but checking both costs nothing). */
export function hasGlyph(cp: number): boolean {
  return face('regular').hasGlyphForCodePoint(cp) && face('bold').hasGlyphForCodePoint(cp);
}

// Advance widths in em by code point, per face: per-thread constants, kept for every later PDF.
const widths = [new Map<number, number>(), new Map<number, number>()] as const;

/**
 * Text width from the glyphs' advance widths. pdfkit may kern Latin pairs closer, never wider, so
 * a line measured this way always fits where measure.ts put it.
 */
export function fontMeasure(): Measure {
  return (text, fontSize, isBold) => {
    const cache = widths[isBold ? 1 : 0];
    let em = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      let w = cache.get(cp);
      if (w === undefined) {
        const f = face(isBold ? 'bold' : 'regular');
        w = f.glyphForCodePoint(cp).advanceWidth / f.unitsPerEm;
        cache.set(cp, w);
      }
      em += w;
    }
    return em * fontSize;
  };
}

let shared: Measure | null = null;
/** The measure of every plan PDF of this thread: font widths, cached per unit across documents. */
export function planMeasure(): Measure {
  shared ??= cachedMeasure(fontMeasure());
  return shared;
}
