// The 実績 status of one year: 記入済 / 未記入, 「—」 for a year not begun, and 要確認 when a mark says so.
import { describe, expect, it } from 'vitest';
import { resultStatus } from '../../shared/editing/result-status.ts';

const it1 = { id: 'a', results: [{ fiscalYear: 2024, text: '・稼働しました。' }, { fiscalYear: 2025, text: '  ' }] };

describe('resultStatus', () => {
  it('reads what is written, year by year', () => {
    const ctx = { currentFiscalYear: 2025 };
    expect(resultStatus(it1, 2024, ctx)).toBe('記入済');
    expect(resultStatus(it1, 2025, ctx)).toBe('未記入'); // blanks only count as nothing
    expect(resultStatus(it1, 2026, ctx)).toBe('—');
  });
  it('puts a 要確認 mark before anything else', () => {
    const ctx = { currentFiscalYear: 2025, needsReview: (x: { id: string }, y: number) => x.id === 'a' && y === 2024 };
    expect(resultStatus(it1, 2024, ctx)).toBe('要確認');
    expect(resultStatus(it1, 2025, ctx)).toBe('未記入');
  });
});
