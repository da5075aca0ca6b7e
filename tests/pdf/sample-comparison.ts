// A small 新旧対照表 input (the fixture against an edited copy of itself), for the PDF tests.
import { compareDocuments } from '../../shared/revisions/compare.ts';
import type { RevisionComparison } from '../../shared/revisions/types.ts';
import { miniPlan } from '../helpers.ts';

export function sampleComparison(): RevisionComparison {
  const before = miniPlan();
  const after = miniPlan();
  after.plan.title = `${before.plan.title}(改定)`;
  after.initiatives[0]!.title = `${before.initiatives[0]!.title}を拡充`;
  after.initiatives[1]!.results = [{ fiscalYear: 2025, text: '・比較用の実績を追記しました。' }];
  return {
    ...compareDocuments(before, after),
    from: { label: '2024年度版', working: false, date: '2024-04-01', title: before.plan.title },
    to: { label: '2025年度改定版', working: false, date: '2025-04-01', title: after.plan.title },
  };
}
