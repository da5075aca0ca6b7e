// Search normalization: one form for 全角/半角, kana width, case and hiragana/katakana,
// so that 「ﾃﾞｼﾞﾀﾙ」「デジタル」「でじたる」 and 「ＤＸ」「dx」 all find the same initiative.

const KATAKANA_START = 0x30a1; // ァ
const KATAKANA_END = 0x30f6; // ヶ
const KANA_OFFSET = 0x60; // ァ - ぁ

/** NFKC (full-width ASCII → ASCII, half-width kana → full-width), lower case, katakana → hiragana, spaces squeezed. */
export function normalizeForSearch(text: string): string {
  const nfkc = text.normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of nfkc) {
    const c = ch.codePointAt(0)!;
    out += c >= KATAKANA_START && c <= KATAKANA_END ? String.fromCodePoint(c - KANA_OFFSET) : ch;
  }
  return out.replace(/\s+/gu, ' ').trim();
}

/** The query's terms (space-separated, 全角 spaces included), each normalized; all must match. */
export function queryTerms(query: string): string[] {
  return normalizeForSearch(query).split(' ').filter((t) => t.length > 0);
}
