// 進捗: counts by 方針/重点/新規/拡大, and how many 実績 are written per fiscal year and per 課,
// so the coordinator sees who still owes results. Pure, over a plan document.
import type { PlanDocument } from '../domain/document.ts';
import { compareInitiatives } from '../domain/document.ts';
import { currentFiscalYear, fiscalYearsOf } from '../domain/fiscal-year.ts';
import { hasResultFor, resultExpected } from '../editing/filters.ts';

export interface YearFill { fiscalYear: number; filled: number; expected: number }

export interface DepartmentProgress {
  name: string;
  initiatives: number;
  years: YearFill[];
  /** 実績 missing for years that have ended: what the 課 still owes. */
  owed: { id: string; no: number; title: string; fiscalYears: number[] }[];
}

export interface Progress {
  asOfFiscalYear: number;
  total: number;
  priority: number;
  normal: number;
  isNew: number;
  isExpanded: number;
  byPolicy: { code: number; name: string; count: number }[];
  byYear: YearFill[];
  byDepartment: DepartmentProgress[];
}

export function computeProgress(doc: PlanDocument, asOf: number = currentFiscalYear()): Progress {
  const items = [...doc.initiatives].sort(compareInitiatives);
  const years = fiscalYearsOf(doc.plan.firstFiscalYear, doc.plan.lastFiscalYear);
  const fill = (list: typeof items): YearFill[] => years.map((y) => {
    const expected = list.filter((it) => resultExpected(it, y));
    return { fiscalYear: y, expected: expected.length, filled: expected.filter((it) => hasResultFor(it, y)).length };
  });
  const names = [...doc.departments.map((d) => d.name), ...items.flatMap((it) => it.departments)];
  const byDepartment = [...new Set(names)].map((name): DepartmentProgress => {
    const mine = items.filter((it) => it.departments.includes(name));
    const owed = mine
      .map((it) => ({ id: it.id, no: it.no, title: it.title, fiscalYears: years.filter((y) => y < asOf && resultExpected(it, y) && !hasResultFor(it, y)) }))
      .filter((o) => o.fiscalYears.length > 0);
    return { name, initiatives: mine.length, years: fill(mine), owed };
  });
  return {
    asOfFiscalYear: asOf,
    total: items.length,
    priority: items.filter((it) => it.priority).length,
    normal: items.filter((it) => !it.priority).length,
    isNew: items.filter((it) => it.isNew).length,
    isExpanded: items.filter((it) => it.isExpanded).length,
    byPolicy: doc.policies.map((p) => ({ code: p.code, name: p.name, count: items.filter((it) => it.policy === p.code).length })),
    byYear: fill(items),
    byDepartment,
  };
}
