import { describe, expect, it } from 'vitest';
import { currentFiscalYear, eraOfDate, eraOfFiscalYear, fiscalYearOf, fiscalYearsOf, formatDate, formatFiscalYear } from '../../shared/domain/fiscal-year.ts';

describe('fiscal years (April–March)', () => {
  it('assigns dates to the fiscal year that starts in April', () => {
    expect(fiscalYearOf('2025-03-31')).toBe(2024);
    expect(fiscalYearOf('2025-04-01')).toBe(2025);
    expect(fiscalYearOf('2024-12-31')).toBe(2024);
    expect(fiscalYearOf('2025-01-01')).toBe(2024);
  });
  it('knows the current fiscal year from a clock', () => {
    expect(currentFiscalYear(new Date(2026, 2, 31))).toBe(2025);
    expect(currentFiscalYear(new Date(2026, 3, 1))).toBe(2026);
  });
  it('lists the years of a plan period', () => {
    expect(fiscalYearsOf(2024, 2026)).toEqual([2024, 2025, 2026]);
    expect(fiscalYearsOf(2027, 2031)).toHaveLength(5);
  });
});

describe('和暦', () => {
  it('names fiscal years in 令和 (2024年度 = 令和6年度)', () => {
    expect(eraOfFiscalYear(2024)).toEqual({ era: '令和', year: 6 });
    expect(formatFiscalYear(2024, 'wareki')).toBe('令和6年度');
    expect(formatFiscalYear(2026, 'wareki')).toBe('令和8年度');
  });
  it('calls the fiscal year in which 令和 began 令和元年度', () => {
    expect(formatFiscalYear(2019, 'wareki')).toBe('令和元年度');
    expect(formatFiscalYear(2018, 'wareki')).toBe('平成30年度');
  });
  it('formats in 西暦, 和暦 or both', () => {
    expect(formatFiscalYear(2024)).toBe('2024年度');
    expect(formatFiscalYear(2024, 'both')).toBe('2024年度(令和6年度)');
    expect(formatDate('2024-03-25')).toBe('2024年3月25日');
    expect(formatDate('2024-03-25', 'wareki')).toBe('令和6年3月25日');
    expect(formatDate('2025-07-08', 'both')).toBe('2025年7月8日(令和7年7月8日)');
  });
  it('switches era on the exact day', () => {
    expect(eraOfDate('2019-04-30')).toEqual({ era: '平成', year: 31 });
    expect(eraOfDate('2019-05-01')).toEqual({ era: '令和', year: 1 });
    expect(formatDate('2019-05-01', 'wareki')).toBe('令和元年5月1日');
    expect(eraOfDate('1989-01-07').era).toBe('昭和');
  });
});
