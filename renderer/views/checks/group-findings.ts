// 点検's findings grouped for reading: by rule (「実績の未記入」 44件), then by the 課 that answers for
// the initiative (its first 実施課), each with its count; and the 課 to filter by.
import type { InitiativeView } from '../../../shared/api/contract.ts';
import type { Finding, RuleId } from '../../../shared/checks/types.ts';

// Every rule has its Japanese name here (a Record, so a new rule without one does not compile).
const RULE_LABELS: Record<RuleId, string> = {
  'required': '必須項目の空欄', 'duplicate-no': 'No. の重複', 'duplicate-id': 'ID の重複', 'unknown-policy': '一覧にない方針',
  'bar-order': '計画の年度の順序', 'bar-period': '計画期間の外の計画', 'bar-overlap': '計画の重なり', 'result-period': '計画期間の外の実績',
  'result-duplicate': '実績の重複', 'result-missing': '実績の未記入', 'unknown-department': '課の一覧にない課',
  'duplicate-department': '実施課の重複', 'overflow': 'PDF の枠に収まらないおそれ', 'plan-header': '計画の設定',
  'needs-review': '要確認', 'period-text': '計画期間と違う期間の記述',
};

export const ruleLabel = (rule: string): string => RULE_LABELS[rule as RuleId] ?? rule;

/** The 課 a finding is filed under: the initiative's first 実施課; the plan's own ones under 計画の設定. */
export const PLAN_OWNER = '(計画の設定)';
export const NO_DEPARTMENT = '(実施課なし)';

export interface DeptGroup { department: string; findings: Finding[] }
export interface RuleGroup { rule: string; label: string; severity: Finding['severity']; count: number; departments: DeptGroup[] }

export function ownerOf(f: Finding, byId: ReadonlyMap<string, InitiativeView>): string {
  if (f.initiativeId === null) return PLAN_OWNER;
  return byId.get(f.initiativeId)?.departments[0] ?? NO_DEPARTMENT;
}

/** Errors first, then by count (largest first); 課 in the order of the plan's 課 list. */
export function groupFindings(findings: readonly Finding[], byId: ReadonlyMap<string, InitiativeView>, deptOrder: readonly string[]): RuleGroup[] {
  const rules = new Map<string, Finding[]>();
  for (const f of findings) rules.set(f.rule, [...(rules.get(f.rule) ?? []), f]);
  const rank = (d: string) => { const k = deptOrder.indexOf(d); return k < 0 ? deptOrder.length : k; };
  return [...rules.entries()].map(([rule, fs]) => {
    const depts = new Map<string, Finding[]>();
    for (const f of fs) { const d = ownerOf(f, byId); depts.set(d, [...(depts.get(d) ?? []), f]); }
    return {
      rule, label: ruleLabel(rule), count: fs.length,
      severity: fs.some((f) => f.severity === 'error') ? 'error' as const : 'warning' as const,
      departments: [...depts.entries()].map(([department, list]) => ({ department, findings: list }))
        .sort((a, b) => rank(a.department) - rank(b.department) || a.department.localeCompare(b.department, 'ja')),
    };
  }).sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1));
}

/** Findings about initiatives that name `department` among their 実施課 (all 課, not only the first). */
export function findingsOfDepartment(findings: readonly Finding[], byId: ReadonlyMap<string, InitiativeView>, department: string): Finding[] {
  if (department === '') return [...findings];
  return findings.filter((f) => (f.initiativeId === null ? department === PLAN_OWNER : byId.get(f.initiativeId)?.departments.includes(department)));
}
