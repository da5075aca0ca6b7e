// The list's filters and sort, as pure functions over initiatives (the UI only keeps the state).
import type { Initiative } from '../domain/schema.ts';
import { compareInitiatives } from '../domain/document.ts';
import { liveMarks } from '../domain/review-marks.ts';
import { queryTerms } from './normalize.ts';
import { matchesTerms, type SearchIndex } from './search.ts';

export type TriState = 'any' | 'yes' | 'no';

export interface ListFilter {
  query: string;
  /** 方針 codes; empty = all. */
  policies: number[];
  /** 重点取組事項 / 取組事項. */
  group: 'all' | 'priority' | 'normal';
  isNew: TriState;
  isExpanded: TriState;
  /** An initiative matches when it names any of these 課; empty = all. */
  departments: string[];
  /** Source plan name; '' = all. */
  sourcePlan: string;
  /** Only initiatives without a 実績 for this fiscal year; null = off. */
  missingResultFor: number | null;
  /** 「要確認あり」: only initiatives with a 要確認 mark left. */
  needsReview?: boolean;
}

export const emptyFilter: ListFilter = {
  query: '', policies: [], group: 'all', isNew: 'any', isExpanded: 'any', departments: [], sourcePlan: '', missingResultFor: null,
};

export function isFilterActive(f: ListFilter): boolean {
  return f.query.trim() !== '' || f.policies.length > 0 || f.group !== 'all' || f.isNew !== 'any' || f.isExpanded !== 'any'
    || f.departments.length > 0 || f.sourcePlan !== '' || f.missingResultFor !== null || f.needsReview === true;
}

/** A 実績 counts as written when its text has something other than spaces. */
export function hasResultFor(it: Pick<Initiative, 'results'>, fiscalYear: number): boolean {
  return it.results.some((r) => r.fiscalYear === fiscalYear && r.text.trim() !== '');
}

const tri = (want: TriState, v: boolean) => want === 'any' || (want === 'yes') === v;

export function applyFilter<T extends Initiative>(items: readonly T[], index: SearchIndex, f: ListFilter): T[] {
  const terms = queryTerms(f.query);
  const policies = f.policies.length ? new Set(f.policies) : null;
  const depts = f.departments.length ? new Set(f.departments) : null;
  return items.filter((it) =>
    (f.group === 'all' || (f.group === 'priority') === it.priority)
    && (!policies || policies.has(it.policy))
    && tri(f.isNew, it.isNew)
    && tri(f.isExpanded, it.isExpanded)
    && (!depts || it.departments.some((d) => depts.has(d)))
    && (f.sourcePlan === '' || it.sourcePlans.some((s) => s.name === f.sourcePlan))
    && (f.missingResultFor === null || !hasResultFor(it, f.missingResultFor))
    && (!f.needsReview || liveMarks(it).length > 0)
    && (terms.length === 0 || matchesTerms(index.get(it.id) ?? '', terms)));
}

export type SortKey = 'no' | 'title' | 'policy' | 'department' | 'results';
export type SortDir = 'asc' | 'desc';

// Made on first sort, not at load: a Japanese collator costs ~5 ms, paid by every CLI command and
// every app start otherwise.
let shared: Intl.Collator | null = null;
const collator = () => (shared ??= new Intl.Collator('ja', { numeric: true, sensitivity: 'base' }));

function compareBy(key: SortKey): (a: Initiative, b: Initiative) => number {
  switch (key) {
    case 'no': return compareInitiatives;
    case 'title': return (a, b) => collator().compare(a.title, b.title);
    case 'policy': return (a, b) => a.policy - b.policy;
    case 'department': return (a, b) => collator().compare(a.departments[0] ?? '', b.departments[0] ?? '');
    case 'results': return (a, b) => a.results.filter((r) => r.text.trim()).length - b.results.filter((r) => r.text.trim()).length;
  }
}

/** A stable sort by `key` (ties keep document order), ascending or descending. */
export function sortInitiatives<T extends Initiative>(items: readonly T[], key: SortKey, dir: SortDir): T[] {
  const cmp = compareBy(key);
  const sign = dir === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => sign * cmp(a, b) || compareInitiatives(a, b));
}

/** Distinct values for the filter menus, in first-seen order. */
export function distinctSourcePlans(items: readonly Initiative[]): string[] {
  return [...new Set(items.flatMap((it) => it.sourcePlans.map((s) => s.name)))];
}

/** A 実績 is expected for a year the initiative had work planned in (or any year, when it has no 計画 yet). */
export function resultExpected(it: Pick<Initiative, 'schedule'>, fiscalYear: number): boolean {
  return it.schedule.length === 0 || it.schedule.some((b) => b.from <= fiscalYear && fiscalYear <= b.to);
}
