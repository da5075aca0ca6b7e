// A 点検 finding: what is wrong, where (initiative and field), and how bad (errors block printing).
export type Severity = 'error' | 'warning';

export type RuleId =
  | 'required' | 'duplicate-no' | 'duplicate-id' | 'unknown-policy' | 'bar-order' | 'bar-period' | 'bar-overlap'
  | 'result-period' | 'result-duplicate' | 'result-missing' | 'unknown-department' | 'duplicate-department'
  | 'overflow' | 'plan-header' | 'needs-review'
  | 'period-text';

export interface Finding {
  severity: Severity;
  rule: RuleId;
  /** null for findings about the plan header. */
  initiativeId: string | null;
  no: number | null;
  title: string | null;
  /** Path inside the initiative (`schedule[1]`, `results[0].text`) or the plan (`plan.title`). */
  field: string;
  /** The field's Japanese name, for people. */
  fieldLabel: string;
  message: string;
}

export interface CheckReport {
  asOfFiscalYear: number;
  errors: number;
  warnings: number;
  findings: Finding[];
}
