// The 実績 status of one initiative for one fiscal year, as the list shows it and the list's Excel
// writes it: 記入済 (something written), 未記入, or 要確認 (a mark that the text needs checking,
// when the caller knows of one: `needsReview` is that hook), and 「—」 for a year not begun yet.
import type { Initiative } from '../domain/schema.ts';
import { hasResultFor } from './filters.ts';

export type ResultStatus = '記入済' | '未記入' | '要確認' | '—';

export interface ResultStatusContext {
  /** The fiscal year now: later years are not due yet. */
  currentFiscalYear: number;
  /** True when the 実績 of that year carries a 要確認 mark. */
  needsReview?: (it: Pick<Initiative, 'id'>, fiscalYear: number) => boolean;
}

export function resultStatus(it: Pick<Initiative, 'id' | 'results'>, fiscalYear: number, ctx: ResultStatusContext): ResultStatus {
  if (ctx.needsReview?.(it, fiscalYear)) return '要確認';
  if (hasResultFor(it, fiscalYear)) return '記入済';
  return fiscalYear > ctx.currentFiscalYear ? '—' : '未記入';
}
