// The pure side of 要確認 marks: a mark holds only on the text it was set on, settling drops the
// rest (and the key), the list filter 「要確認あり」 and the per-課 counts of the dashboard.
import { describe, expect, it } from 'vitest';
import type { Initiative } from '../../shared/domain/schema.ts';
import { carryMarks, liveMarks, markOn, settleMarks, withMark, withoutMark } from '../../shared/domain/review-marks.ts';
import { applyFilter, emptyFilter, isFilterActive } from '../../shared/editing/filters.ts';
import { reviewCountsByDepartment } from '../../shared/checks/review-counts.ts';

const base: Initiative = {
  id: 'a', no: 1, priority: false, policy: 1, isNew: false, isExpanded: false, title: '取組A', departments: ['市民課', '保育課'],
  sourcePlans: [], purpose: '目的の前半…', activity: '活動', schedule: [{ label: '検討', from: 2025, to: 2025, lane: 0 }],
  results: [{ fiscalYear: 2024, text: '・実績' }],
};
const b: Initiative = { ...base, id: 'b', no: 2, departments: ['保育課'], purpose: '完全な文です。' };

describe('要確認 marks (pure)', () => {
  it('holds while the text is the one it was set on, and settling drops it once the text changed', () => {
    const marked = withMark(withMark(base, 'purpose', '後半が判読できません'), 'schedule[0]', '期間は判断です');
    expect(liveMarks(marked).map((m) => m.field)).toEqual(['purpose', 'schedule[0]']);
    const edited = { ...marked, purpose: '目的の全文です。' };
    expect(liveMarks(edited).map((m) => m.field)).toEqual(['schedule[0]']);
    const moved = settleMarks({ ...edited, schedule: [{ label: '検討', from: 2025, to: 2026, lane: 0 }] });
    expect('reviewMarks' in moved).toBe(false);
  });

  it('clears one mark without touching the text, and a load without the key keeps the marks it had', () => {
    const marked = withMark(base, 'results.2024', '冒頭が欠けています');
    const cleared = withoutMark(marked, 'results.2024');
    expect(cleared).toEqual(base);
    const { reviewMarks: _m, ...loaded } = marked;
    expect(carryMarks<Initiative>(loaded, marked).reviewMarks).toEqual([markOn(base, 'results.2024', '冒頭が欠けています')]);
    expect(carryMarks<Initiative>({ ...loaded, reviewMarks: [] }, marked).reviewMarks).toBeUndefined();
  });

  it('filters 「要確認あり」 and counts the marks left per 課', () => {
    const a = withMark(withMark(base, 'purpose', 'x'), 'activity', 'y');
    const items = [a, b];
    const index = new Map(items.map((i) => [i.id, i.title]));
    expect(isFilterActive({ ...emptyFilter, needsReview: true })).toBe(true);
    expect(applyFilter(items, index, { ...emptyFilter, needsReview: true }).map((i) => i.id)).toEqual(['a']);
    expect(applyFilter(items, index, emptyFilter)).toHaveLength(2);
    const stale = { ...a, purpose: '書き直した文です。' };
    const counts = reviewCountsByDepartment([stale, b]);
    expect(counts.total).toBe(1);
    expect(counts.byDepartment.map((d) => [d.name, d.marks, d.initiatives.map((i) => i.no)]).sort()).toEqual([['保育課', 1, [1]], ['市民課', 1, [1]]]);
  });
});
