// Cell text as a person reads it, in one canonical form, so that a form saved by Excel or
// LibreOffice compares equal to what was sent. Decision: width is folded only for digits, ASCII
// letters and half-width katakana (ｶﾀｶﾅ → カタカナ); Japanese punctuation (、。「」・), full-width
// parentheses （）, full-width spaces and symbols stay exactly as typed.

const FW_DIGIT_OR_LETTER = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu;
const HALF_WIDTH_KANA_RUN = /[\uFF61-\uFF9F]+/gu;

/** Full-width digits/letters → ASCII, half-width kana → full-width, CRLF/CR → LF, trimmed. */
export function normalizeCellText(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(FW_DIGIT_OR_LETTER, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(HALF_WIDTH_KANA_RUN, (run) => run.normalize('NFKC'))
    .trim();
}

/** A short, stable hash of a string (cyrb53), for fingerprints in the pure core (no node:crypto here). */
export function shortHash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
