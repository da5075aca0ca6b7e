// 点検's findings grouped for reading: by rule (「実績の未記入」 44件), then by the 課 that answer for
// the initiative (every 実施課, answering-departments.ts: a shared initiative's finding is listed
// under each of its 課, counted once in its rule), each with its count; and the 課 to filter by.
import type { InitiativeView } from '../../../shared/api/contract.ts';
import { answeringDepartments, NO_DEPARTMENT } from '../../../shared/checks/answering-departments.ts';
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

/** The plan's own findings are filed under 計画の設定. */
export const PLAN_OWNER = '(計画の設定)';
export { NO_DEPARTMENT };

/** One 課's findings; `sharedWith[i]` names the other 課 that list findings[i] (a shared initiative). */
export interface DeptGroup { department: string; findings: Finding[]; sharedWith: string[][] }
export interface RuleGroup { rule: string; label: string; severity: Finding['severity']; count: number; departments: DeptGroup[] }

/** The 課 a finding is listed under. */
export function ownersOf(f: Finding, byId: ReadonlyMap<string, InitiativeView>): string[] {
  if (f.initiativeId === null) return [PLAN_OWNER];
  return answeringDepartments(byId.get(f.initiativeId)?.departments ?? []);
}

/**
 * Errors first, then by count (largest first); 課 in the order of the plan's 課 list. With `only`,
 * just that 課's group (the findings are then those that name it).
 */
export function groupFindings(findings: readonly Finding[], byId: ReadonlyMap<string, InitiativeView>, deptOrder: readonly string[], only = ''): RuleGroup[] {
  const rules = new Map<string, Finding[]>();
  for (const f of findings) rules.set(f.rule, [...(rules.get(f.rule) ?? []), f]);
  const rank = (d: string) => { const k = deptOrder.indexOf(d); return k < 0 ? deptOrder.length : k; };
  return [...rules.entries()].map(([rule, fs]) => {
    const depts = new Map<string, DeptGroup>();
    for (const f of fs) {
      const owners = ownersOf(f, byId);
      for (const d of owners) {
        if (only !== '' && d !== only) continue;
        const g = depts.get(d) ?? { department: d, findings: [], sharedWith: [] };
        g.findings.push(f);
        g.sharedWith.push(owners.filter((o) => o !== d));
        depts.set(d, g);
      }
    }
    return {
      rule, label: ruleLabel(rule), count: fs.length,
      severity: fs.some((f) => f.severity === 'error') ? 'error' as const : 'warning' as const,
      departments: [...depts.values()]
        .sort((a, b) => rank(a.department) - rank(b.department) || a.department.localeCompare(b.department, 'ja')),
    };
  }).sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1));
}

/** Findings listed under `department` (every finding when it is ''). */
export function findingsOfDepartment(findings: readonly Finding[], byId: ReadonlyMap<string, InitiativeView>, department: string): Finding[] {
  if (department === '') return [...findings];
  return findings.filter((f) => ownersOf(f, byId).includes(department));
}

/** Every 課 that has a finding, with how many findings are listed under it (most first). */
export function departmentCounts(findings: readonly Finding[], byId: ReadonlyMap<string, InitiativeView>): [string, number][] {
  const m = new Map<string, number>();
  for (const f of findings) for (const d of ownersOf(f, byId)) m.set(d, (m.get(d) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ja'));
}
