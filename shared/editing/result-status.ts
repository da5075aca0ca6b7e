// The 実績 status of one initiative for one fiscal year, as the list shows it and the list's Excel
// writes it: 記入済 (something written), 未記入, or 要確認 (the year's 実績 carries a mark that still
// holds), and 「—」 for a year not begun yet.
import { resultMarked, type Marked } from '../domain/review-marks.ts';
import { hasResultFor } from './filters.ts';

export type ResultStatus = '記入済' | '未記入' | '要確認' | '—';

export interface ResultStatusContext {
  /** The fiscal year now: later years are not due yet. */
  currentFiscalYear: number;
}

export function resultStatus(it: Marked, fiscalYear: number, ctx: ResultStatusContext): ResultStatus {
  if (resultMarked(it, fiscalYear)) return '要確認';
  if (hasResultFor(it, fiscalYear)) return '記入済';
  return fiscalYear > ctx.currentFiscalYear ? '—' : '未記入';
}
