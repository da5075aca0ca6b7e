// Reading the typed values of the form's year and lane cells, leniently (2025 / 2025年度 /
// 令和7年度 / Ｒ７ all mean FY2025) but never by guessing: anything else is null.
import { eraOfFiscalYear, formatFiscalYear } from '../domain/fiscal-year.ts';
import { normalizeCellText } from './normalize.ts';

const ERA_ALIASES: Record<string, string> = { R: '令和', H: '平成', S: '昭和', 令和: '令和', 平成: '平成', 昭和: '昭和' };

/** The fiscal year a cell names, among `years`; null when it names none of them or is not a year. */
export function parseFiscalYearCell(text: string, years: readonly number[]): number | null {
  const t = normalizeCellText(text).replace(/\s/gu, '').toUpperCase();
  if (t === '') return null;
  const seireki = /^(\d{4})(?:年度?)?(?:[(（].*[)）])?$/u.exec(t);
  if (seireki) {
    const y = Number(seireki[1]);
    return years.includes(y) ? y : null;
  }
  const wareki = /^(令和|平成|昭和|R|H|S)(\d{1,2}|元)(?:年度?)?$/u.exec(t);
  if (!wareki) return null;
  const era = ERA_ALIASES[wareki[1]!]!;
  const n = wareki[2] === '元' ? 1 : Number(wareki[2]);
  return years.find((y) => {
    const e = eraOfFiscalYear(y);
    return e.era === era && e.year === n;
  }) ?? null;
}

/** The text a year cell is written with (and offered in its drop-down list). */
export const fiscalYearCellText = (fy: number) => formatFiscalYear(fy, 'seireki');

/** A 1-based lane number typed as 1 / 段1 / 1段; null for blank; 'invalid' for anything else. */
export function parseLaneCell(text: string, max: number): number | null | 'invalid' {
  const t = normalizeCellText(text).replace(/\s/gu, '');
  if (t === '') return null;
  const m = /^段?(\d{1,2})段?$/u.exec(t);
  if (!m) return 'invalid';
  const n = Number(m[1]);
  return n >= 1 && n <= max ? n : 'invalid';
}
