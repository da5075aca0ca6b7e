// The 実績 status of one year: 記入済 / 未記入, 「—」 for a year not begun, and 要確認 when a mark says so.
import { describe, expect, it } from 'vitest';
import { resultStatus } from '../../shared/editing/result-status.ts';

const base = { title: 't', policy: 1, purpose: '', activity: '', departments: [], sourcePlans: [], schedule: [] };
const it1 = { ...base, id: 'a', results: [{ fiscalYear: 2024, text: '・稼働しました。' }, { fiscalYear: 2025, text: '  ' }] };

describe('resultStatus', () => {
  it('reads what is written, year by year', () => {
    const ctx = { currentFiscalYear: 2025 };
    expect(resultStatus(it1, 2024, ctx)).toBe('記入済');
    expect(resultStatus(it1, 2025, ctx)).toBe('未記入'); // blanks only count as nothing
    expect(resultStatus(it1, 2026, ctx)).toBe('—');
  });
  it('puts a 要確認 mark on the 実績 of the year before anything else, while the mark holds', () => {
    const ctx = { currentFiscalYear: 2025 };
    const marked = { ...it1, reviewMarks: [{ field: 'results.2024', reason: '判読できません', text: '・稼働しました。' }] };
    expect(resultStatus(marked, 2024, ctx)).toBe('要確認');
    expect(resultStatus(marked, 2025, ctx)).toBe('未記入');
    // Rewritten since: the mark no longer holds.
    const rewritten = { ...marked, results: [{ fiscalYear: 2024, text: '・本稼働しました。' }] };
    expect(resultStatus(rewritten, 2024, ctx)).toBe('記入済');
    // A mark on another field is not the 実績's.
    expect(resultStatus({ ...it1, reviewMarks: [{ field: 'purpose', reason: 'x', text: '' }] }, 2024, ctx)).toBe('記入済');
  });
});
