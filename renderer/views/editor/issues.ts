// Where validation messages go in the editor: server paths (initiative.title) and client paths
// (title, schedule[2].to) both become field-relative, and a few checks the schema cannot word well
// (a year typed as nothing) come first.
import type { FieldIssue } from '../../../shared/domain/issues.ts';
import type { Initiative } from '../../../shared/domain/schema.ts';

export function relativeIssues(issues: readonly FieldIssue[] | undefined): FieldIssue[] {
  return (issues ?? []).map((i) => ({ ...i, path: i.path.replace(/^initiative\./, '') }));
}

/** Numbers the inputs could not read (empty or not a number), worded for people. */
export function numberIssues(d: Initiative): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (!Number.isInteger(d.no)) out.push({ path: 'no', message: 'No. を数字で入力してください' });
  d.schedule.forEach((b, j) => {
    if (!Number.isInteger(b.from)) out.push({ path: `schedule[${j}].from`, message: '開始年度を西暦の数字で入力してください' });
    if (!Number.isInteger(b.to)) out.push({ path: `schedule[${j}].to`, message: '終了年度を西暦の数字で入力してください' });
  });
  return out;
}

/** The draft as it will be saved: blank 実績 dropped, 実績 in year order, 課 names trimmed. */
export function normalizeDraft(d: Initiative): Initiative {
  return {
    ...d,
    departments: d.departments.map((x) => x.trim()),
    results: d.results.filter((r) => r.text.trim() !== '').sort((a, b) => a.fiscalYear - b.fiscalYear),
  };
}

/** The element to focus for an issue path: [data-field="schedule[2].to"], else its closest parent field. */
export function focusIssue(root: HTMLElement | null, path: string): void {
  if (!root) return;
  const candidates = [path, path.replace(/\.[^.[\]]+$/, ''), path.replace(/\[\d+\].*$/, '')];
  for (const c of candidates) {
    const el = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(c)}"]`);
    if (el) {
      el.focus();
      return;
    }
  }
}
