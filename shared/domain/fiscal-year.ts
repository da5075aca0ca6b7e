// Fiscal years (年度: April to March) and their 西暦/和暦 names.
import type { EraStyle } from './schema.ts';

interface Era { name: string; start: string /* YYYY-MM-DD, first day */ }
// Newest first. Dates before 明治 are out of scope for a city plan.
const ERAS: readonly Era[] = [
  { name: '令和', start: '2019-05-01' },
  { name: '平成', start: '1989-01-08' },
  { name: '昭和', start: '1926-12-25' },
  { name: '大正', start: '1912-07-30' },
  { name: '明治', start: '1868-01-25' },
];

/** The fiscal year a date falls in: 2025-03-31 → 2024, 2025-04-01 → 2025. */
export function fiscalYearOf(isoDate: string): number {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  return m >= 4 ? y : y - 1;
}

/** Today's fiscal year, for a given clock (injectable for tests). */
export function currentFiscalYear(now: Date = new Date()): number {
  return now.getMonth() + 1 >= 4 ? now.getFullYear() : now.getFullYear() - 1;
}

/** 和暦 of a calendar date: 2024-03-25 → { era: '令和', year: 6 }. */
export function eraOfDate(isoDate: string): { era: string; year: number } {
  const era = ERAS.find((e) => isoDate >= e.start);
  if (!era) throw new RangeError(`明治より前の日付は扱えません: ${isoDate}`);
  return { era: era.name, year: Number(isoDate.slice(0, 4)) - Number(era.start.slice(0, 4)) + 1 };
}

/**
 * 和暦 of a fiscal year, by the era in force on its first day (1 April), except that a fiscal
 * year in which a new era began is named by the new era (2019年度 = 令和元年度), as cities do.
 */
export function eraOfFiscalYear(fy: number): { era: string; year: number } {
  const lastDay = `${fy + 1}-03-31`;
  const e = ERAS.find((x) => x.start <= lastDay && x.start >= `${fy}-04-01`);
  if (e) return { era: e.name, year: 1 };
  return eraOfDate(`${fy}-04-01`);
}

const eraYear = (e: { era: string; year: number }) => `${e.era}${e.year === 1 ? '元' : e.year}`;

/** 2024年度 / 令和6年度 / 2024年度(令和6年度). */
export function formatFiscalYear(fy: number, style: EraStyle = 'seireki'): string {
  const seireki = `${fy}年度`;
  const wareki = `${eraYear(eraOfFiscalYear(fy))}年度`;
  if (style === 'seireki') return seireki;
  if (style === 'wareki') return wareki;
  return `${seireki}(${wareki})`;
}

/** 2024年3月25日 / 令和6年3月25日 / 2024年3月25日(令和6年3月25日). */
export function formatDate(isoDate: string, style: EraStyle = 'seireki'): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const seireki = `${y}年${m}月${d}日`;
  const wareki = `${eraYear(eraOfDate(isoDate))}年${m}月${d}日`;
  if (style === 'seireki') return seireki;
  if (style === 'wareki') return wareki;
  return `${seireki}(${wareki})`;
}

/** The fiscal years of a plan period, in order. */
export function fiscalYearsOf(first: number, last: number): number[] {
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}
