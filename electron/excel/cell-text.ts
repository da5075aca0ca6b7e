// A cell's text the way a person sees it in Excel: a shared or inline string as it is, a formula
// by its cached result (0 included; never evaluated), TRUE/FALSE, an error by its code, and a
// number through its number format with SSF (SheetJS's maintained formatter): 1365829090 under
// `#,##0"円"` reads 「1,365,829,090円」, a date serial reads as the date. Normalized later
// (shared/survey/normalize.ts); merged cells are read from their master by the caller.
import SSF from 'ssf';
import type { RawCell } from './sheet-read.ts';
import type { Styles } from './workbook-parts.ts';

/**
 * Built-in formats whose meaning depends on the language of Excel: these are what Japanese Excel
 * shows (ECMA-376 §18.8.30 leaves ids 27–36 and 50–58 to the locale). 和暦 ids fall back to the
 * Western date: SSF has no era names.
 */
const JA_BUILTIN: Record<number, string> = {
  14: 'yyyy/m/d', 22: 'yyyy/m/d h:mm', 27: 'yyyy/m/d', 28: 'yyyy/m/d', 29: 'yyyy/m/d', 30: 'm/d/yy', 31: 'yyyy"年"m"月"d"日"',
  32: 'h"時"mm"分"', 33: 'h"時"mm"分"ss"秒"', 34: 'yyyy"年"m"月"', 35: 'm"月"d"日"', 36: 'yyyy/m/d',
  50: 'yyyy/m/d', 51: 'yyyy/m/d', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'yyyy/m/d', 55: 'yyyy"年"m"月"', 56: 'm"月"d"日"', 57: 'yyyy/m/d', 58: 'yyyy/m/d',
};

/** A General number as Excel shows it: 15 significant digits (0.1+0.2 → 0.3). */
const general = (n: number) => String(Number(n.toPrecision(15)));

/** 和暦 codes (g, e outside quotes): SSF would print the letters, so the Western date is shown instead. */
const ERA = /^(?:[^"\\]|\\.|"[^"]*")*?(?<![A-Za-z])[gG]/u;

export function numberText(n: number, code: string | undefined, id: number, date1904: boolean): string {
  const fmt = code ?? JA_BUILTIN[id] ?? (id === 0 ? undefined : (SSF.get_table() as Record<number, string>)[id]);
  if (!fmt || /^general$/iu.test(fmt) || fmt === '@') return general(n);
  try {
    return SSF.format(ERA.test(fmt.replace(/\[[^\]]*\]/gu, '')) ? 'yyyy/m/d' : fmt, n, { date1904 });
  } catch {
    return general(n);
  }
}

export function cellText(c: RawCell, strings: readonly string[], styles: Styles | null, date1904: boolean): string {
  switch (c.type) {
    case 's': return strings[Number(c.value)] ?? '';
    case 'inlineStr': case 'str': case 'e': return c.value;
    case 'b': return c.value.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'd': return c.value; // an ISO date stored as text (rare; Excel itself writes serials)
    default: {
      const n = Number(c.value);
      if (c.value.trim() === '' || !Number.isFinite(n)) return c.value;
      const f = styles?.formatOf(c.style) ?? { id: 0, code: undefined };
      return numberText(n, f.code, f.id, date1904);
    }
  }
}
