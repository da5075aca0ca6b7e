import { describe, expect, it } from 'vitest';
import { computeProgress } from '../../shared/checks/progress.ts';
import { miniPlan } from '../helpers.ts';

describe('computeProgress', () => {
  it('counts by 方針, group and flags', () => {
    const p = computeProgress(miniPlan(), 2025);
    expect(p).toMatchObject({ total: 2, priority: 1, normal: 1, isNew: 1, isExpanded: 1 });
    expect(p.byPolicy).toEqual([
      { code: 1, name: '暮らしのデジタル化', count: 1 }, { code: 2, name: '行政のデジタル化', count: 1 }, { code: 3, name: '情報セキュリティの確保', count: 0 },
    ]);
  });
  it('counts 実績 filled per year against the ones expected (work planned that year)', () => {
    const p = computeProgress(miniPlan(), 2025);
    expect(p.byYear).toEqual([
      { fiscalYear: 2024, filled: 2, expected: 2 },
      { fiscalYear: 2025, filled: 0, expected: 2 },
      { fiscalYear: 2026, filled: 0, expected: 2 },
    ]);
  });
  it('lists per 課 what is still owed for ended years', () => {
    const p = computeProgress(miniPlan(), 2026);
    const shimin = p.byDepartment.find((d) => d.name === '市民課')!;
    expect(shimin.initiatives).toBe(1);
    expect(shimin.owed).toEqual([{ id: 't-01', no: 1, title: '書かない窓口の導入', fiscalYears: [2025] }]);
    expect(p.byDepartment.find((d) => d.name === 'デジタル推進課')!.owed.map((o) => o.id)).toEqual(['t-01', 't-02']);
    expect(computeProgress(miniPlan(), 2025).byDepartment.every((d) => d.owed.length === 0)).toBe(true);
  });
});
