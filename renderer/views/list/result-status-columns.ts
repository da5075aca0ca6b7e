// The list's 実績 columns: one per fiscal year of the plan, 記入済 / 未記入 / 要確認 as of today.
import type { PlanView } from '../../../shared/api/contract.ts';
import { currentFiscalYear, fiscalYearsOf, formatFiscalYear } from '../../../shared/domain/fiscal-year.ts';
import { resultStatus } from '../../../shared/editing/result-status.ts';
import type { StatusColumns } from './InitiativeTable.tsx';

export function statusColumns(plan: PlanView): StatusColumns {
  const ctx = { currentFiscalYear: currentFiscalYear() };
  return {
    years: fiscalYearsOf(plan.plan.firstFiscalYear, plan.plan.lastFiscalYear),
    label: (y) => formatFiscalYear(y, plan.plan.eraStyle),
    status: (it, y) => resultStatus(it, y, ctx),
  };
}
