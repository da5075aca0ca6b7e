import { describe, expect, it } from 'vitest';
import { issuesAt, validateInitiativeForPlan, type PlanContext } from '../../shared/editing/validate.ts';
import { blankInitiative, newInitiativeId } from '../../shared/editing/blank.ts';
import { InitiativeId } from '../../shared/domain/schema.ts';
import { miniPlan } from '../helpers.ts';

const doc = miniPlan();
const ctx: PlanContext = { plan: doc.plan, policies: doc.policies, departments: doc.departments, others: doc.initiatives };
const base = doc.initiatives[0]!;
const check = (patch: object) => validateInitiativeForPlan({ ...base, ...patch }, ctx);
const issues = (patch: object) => {
  const r = check(patch);
  return r.ok ? [] : r.issues;
};

describe('validateInitiativeForPlan', () => {
  it('accepts the stored record, and a new 課', () => {
    expect(check({}).ok).toBe(true);
    expect(check({ departments: ['新しい課'] }).ok).toBe(true);
  });
  it('refuses an empty title at the title field, in Japanese', () => {
    expect(issues({ title: '  ' })).toEqual([{ path: 'title', message: '入力してください' }]);
  });
  it('refuses from > to at the bar', () => {
    const r = issues({ schedule: [{ label: 'x', from: 2026, to: 2025, lane: 0 }] });
    expect(issuesAt(r, 'schedule')[0]).toEqual({ path: 'schedule[0].to', message: '開始年度が終了年度より後になっています' });
  });
  it('refuses a fiscal year outside the plan, for bars and results', () => {
    expect(issuesAt(issues({ schedule: [{ label: 'x', from: 2023, to: 2024, lane: 0 }] }), 'schedule')[0]!.message).toMatch(/計画期間\(2024〜2026\)の外/);
    expect(issuesAt(issues({ results: [{ fiscalYear: 2027, text: 'x' }] }), 'results')[0]!.path).toBe('results[0].fiscalYear');
  });
  it('refuses a duplicate No. naming the other initiative', () => {
    expect(issues({ no: 2 })).toEqual([{ path: 'no', message: 'No.2 は「デジタル人材の育成」で使われています。別の番号にしてください' }]);
  });
  it('refuses overlapping bars on one lane and an unknown 方針', () => {
    expect(issuesAt(issues({ schedule: [{ label: 'a', from: 2024, to: 2025, lane: 0 }, { label: 'b', from: 2025, to: 2026, lane: 0 }] }), 'schedule')[0]!.message).toMatch(/重なって/);
    expect(issuesAt(issues({ policy: 9 }), 'policy')[0]!.message).toMatch(/方針 9/);
  });
  it('accepts very long text (flagged by the checks instead)', () => {
    expect(check({ purpose: 'あ'.repeat(100_000) }).ok).toBe(true);
  });
});

describe('blankInitiative', () => {
  it('starts with the next No., a valid id, and fails only on what the user must fill', () => {
    const b = blankInitiative(doc.initiatives, doc.policies);
    expect(b.no).toBe(3);
    expect(InitiativeId.safeParse(newInitiativeId()).success).toBe(true);
    const r = validateInitiativeForPlan(b, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path).sort()).toEqual(['departments', 'title']);
  });
});
