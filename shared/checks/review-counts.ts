// How many 要確認 marks are left, per 課 (answering-departments.ts: an initiative shared by several
// 課 counts for each), so the dashboard shows who still has texts to confirm.
import type { Initiative } from '../domain/schema.ts';
import { liveMarks } from '../domain/review-marks.ts';
import { answeringDepartments } from './answering-departments.ts';

export interface DepartmentReview { name: string; marks: number; initiatives: { id: string; no: number; title: string; marks: number }[] }

/** 課 with marks left, most first (then by name), each with its marked initiatives by No. */
export function reviewCountsByDepartment(items: readonly Initiative[]): { total: number; byDepartment: DepartmentReview[] } {
  const by = new Map<string, DepartmentReview>();
  let total = 0;
  for (const it of items) {
    const n = liveMarks(it).length;
    if (n === 0) continue;
    total += n;
    for (const name of answeringDepartments(it.departments)) {
      const d = by.get(name) ?? { name, marks: 0, initiatives: [] };
      d.marks += n;
      d.initiatives.push({ id: it.id, no: it.no, title: it.title, marks: n });
      by.set(name, d);
    }
  }
  const byDepartment = [...by.values()].sort((a, b) => b.marks - a.marks || a.name.localeCompare(b.name, 'ja'));
  for (const d of byDepartment) d.initiatives.sort((a, b) => a.no - b.no);
  return { total, byDepartment };
}
