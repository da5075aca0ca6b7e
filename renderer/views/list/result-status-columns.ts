// The list's 実績 columns: one per fiscal year of the plan, 記入済 / 未記入 / 要確認 as of today.
// `needsReview` is where the 要確認 marks plug in (none are read yet: every cell is 記入済 or 未記入).
import type { InitiativeView, PlanView } from '../../../shared/api/contract.ts';
import { currentFiscalYear, fiscalYearsOf, formatFiscalYear } from '../../../shared/domain/fiscal-year.ts';
import { resultStatus } from '../../../shared/editing/result-status.ts';
import type { StatusColumns } from './InitiativeTable.tsx';

export function statusColumns(plan: PlanView, needsReview?: (it: Pick<InitiativeView, 'id'>, fiscalYear: number) => boolean): StatusColumns {
  const ctx = { currentFiscalYear: currentFiscalYear(), ...(needsReview ? { needsReview } : {}) };
  return {
    years: fiscalYearsOf(plan.plan.firstFiscalYear, plan.plan.lastFiscalYear),
    label: (y) => formatFiscalYear(y, plan.plan.eraStyle),
    status: (it, y) => resultStatus(it, y, ctx),
  };
}
