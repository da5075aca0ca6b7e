// The embedded font (BIZ UDPGothic, from node_modules, never a URL) and the access policies that
// keep pdfmake off the network and away from every other local file.
import { createRequire } from 'node:module';
import type { Measure } from './measure.ts';
import { FONT } from './styles.ts';

const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf'),
} as const;

/** pdfmake's font table: no italic face exists, so italics map to the upright ones. */
export function fontTable() {
  return {
    [FONT]: { normal: FONT_FILES.regular, bold: FONT_FILES.bold, italics: FONT_FILES.regular, bolditalics: FONT_FILES.bold },
  };
}

const allowedFiles = new Set<string>([FONT_FILES.regular, FONT_FILES.bold]);

/** No URL is ever fetched. */
export const urlAccessPolicy = (_url: string): boolean => false;
/** Only the two font files may be read. */
export const localAccessPolicy = (path: string): boolean => allowedFiles.has(path);

interface FontkitFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}
let faces: [FontkitFont, FontkitFont] | null = null;

/** Both faces parsed by fontkit (pdfkit's own font parser; only the tables we touch are decoded). */
function openFaces(): [FontkitFont, FontkitFont] {
  if (!faces) {
    // fontkit is pdfkit's dependency: resolve it from there so the exact same parser is used.
    const fromPdfkit = createRequire(require.resolve('pdfkit'));
    const fontkit = fromPdfkit('fontkit') as { openSync(path: string): FontkitFont };
    faces = [fontkit.openSync(FONT_FILES.regular), fontkit.openSync(FONT_FILES.bold)];
  }
  return faces;
}

/** Whether both faces draw `cp` (they share one character set, but checking both costs nothing). */
export function hasGlyph(cp: number): boolean {
  const [r, b] = openFaces();
  return r.hasGlyphForCodePoint(cp) && b.hasGlyphForCodePoint(cp);
}

/**
 * Text width from the glyphs' advance widths. pdfkit may kern Latin pairs closer, never wider, so
 * a line measured this way always fits where measure.ts put it.
 */
export function fontMeasure(): Measure {
  const [regular, bold] = openFaces();
  const caches = [new Map<number, number>(), new Map<number, number>()] as const;
  return (text, fontSize, isBold) => {
    const face = isBold ? bold : regular;
    const cache = caches[isBold ? 1 : 0];
    let em = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let w = cache.get(cp);
      if (w === undefined) {
        w = face.glyphForCodePoint(cp).advanceWidth / face.unitsPerEm;
        cache.set(cp, w);
      }
      em += w;
    }
    return em * fontSize;
  };
}
