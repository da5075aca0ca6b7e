// BIZ UDPGothic read and parsed once per thread (the long-lived PDF worker, the CLI process), then
// shared by every PDF that thread makes. pdfkit opens a font per document by handing its bytes to
// fontkit.create, which re-reads 4.5 MB per face and decodes cmap, hmtx, GSUB and glyf afresh each
// time. Instead pdfmake is given, from its virtual file system, a 4-byte token per face: fontkit's
// own formats do not recognise it, and the format registered here (fontkit's public registerFormat)
// answers it with the face parsed once. pdfkit still makes a new subset per document.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pdfkitFontkit from './pdfkit-fontkit.cjs';

export interface FontkitFont {
  unitsPerEm: number;
  postscriptName: string;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}
interface Fontkit {
  create(bytes: Uint8Array): FontkitFont;
  registerFormat(format: unknown): void;
}
/** pdfmake's virtual file system (pdfmake.virtualfs). */
export interface VirtualFs {
  writeFileSync(name: string, content: Uint8Array): void;
}

export type Face = 'regular' | 'bold';

const require = createRequire(import.meta.url);
const fontkit = pdfkitFontkit as Fontkit;

export const FONT_FILES: Readonly<Record<Face, string>> = {
  regular: require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf'),
};
/** Names of the tokens in pdfmake's virtual file system (never real files). */
export const VIRTUAL_NAMES: Readonly<Record<Face, string>> = { regular: 'plan-desk/BIZUDPGothic-Regular.font', bold: 'plan-desk/BIZUDPGothic-Bold.font' };

const faces = new Map<Face, FontkitFont>();
const tokens = new Map<Face, Uint8Array>();
const byToken = new WeakMap<Uint8Array, FontkitFont>();
const stats = { parsed: 0, served: 0 };

/** A face, read and parsed on first use only. */
export function face(which: Face): FontkitFont {
  let f = faces.get(which);
  if (!f) {
    f = fontkit.create(readFileSync(FONT_FILES[which]));
    memoizeLayout(f);
    stats.parsed++;
    faces.set(which, f);
  }
  return f;
}

interface GlyphRun { glyphs: unknown[]; positions: object[] }
type Layout = (this: FontkitFont, text: unknown, ...rest: unknown[]) => GlyphRun;
/** Distinct texts shaped and kept per face before the memo starts over. */
const MAX_RUNS = 20_000;

/** A copy pdfkit may scale in place (it multiplies every position by its scale). */
function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as object, p));
  return copy;
}

/**
 * Shaping (fontkit's layout: cmap, GSUB, GPOS) of the same text gives the same glyphs every time:
 * pdfkit asks for it per document, for measuring and again for drawing. Kept per face for the
 * thread's life; every caller gets its own copy of the positions (the glyphs pdfkit only reads).
 * As within one document before, a glyph keeps the code points it was first asked for (pdfkit's
 * ToUnicode map); only a glyph shared by two code points could tell, and this font has two such
 * pairs (U+02DC/U+0303, U+29FCE/U+29FD7).
 */
function memoizeLayout(f: FontkitFont): void {
  const target = f as unknown as { layout: Layout };
  const shape = target.layout;
  const runs = new Map<string, GlyphRun>();
  target.layout = function (this: FontkitFont, text: unknown, ...rest: unknown[]) {
    if (typeof text !== 'string' || rest.some((x) => x !== undefined)) return shape.call(this, text, ...rest);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= MAX_RUNS) runs.clear();
      run = shape.call(this, text);
      runs.set(text, run);
    }
    return copyRun(run);
  };
}

/** The format fontkit.create falls through to for a token: its constructor returns the parsed face. */
class CachedFace {
  static probe(bytes: Uint8Array): boolean {
    return byToken.has(bytes);
  }
  constructor(stream: { buffer: Uint8Array }) {
    const f = byToken.get(stream.buffer);
    if (!f) throw new Error('フォントのキャッシュにない指定です。');
    stats.served++;
    return f as unknown as CachedFace;
  }
}

let registered = false;
function token(which: Face): Uint8Array {
  if (!registered) {
    fontkit.registerFormat(CachedFace);
    registered = true;
  }
  let t = tokens.get(which);
  if (!t) {
    // 4 bytes: no built-in format's signature ('true', 'OTTO', 0x00010000, 'wOFF', 'wOF2', 'ttcf'),
    // and too short for a DFont header, so fontkit's own probes all say no.
    t = Uint8Array.from([0x50, 0x44, 0x53, 0x4b]); // "PDSK"
    byToken.set(t, face(which));
    tokens.set(which, t);
  }
  return t;
}

/** Puts both tokens into pdfmake's virtual file system: pdfmake then reads no font file at all. */
export function installFaces(vfs: VirtualFs): void {
  for (const which of ['regular', 'bold'] as const) vfs.writeFileSync(VIRTUAL_NAMES[which], token(which));
}

/** Faces parsed, and documents served from the cache, by this thread (for tests and the benchmark). */
export function fontCacheStats(): { parsed: number; served: number } {
  return { ...stats };
}
