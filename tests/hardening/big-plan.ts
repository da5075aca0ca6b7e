// A large but valid plan document (n initiatives, long texts) built from the mini fixture:
// the crash test writes it in one transaction, the benchmark-free way to get a long write window.
import { readFileSync } from 'node:fs';
import type { PlanDocument } from '../../shared/domain/document.ts';

const MINI = new URL('../fixtures/mini-plan.json', import.meta.url);

export function bigPlan(n: number, tag = 'big'): PlanDocument {
  const doc = JSON.parse(readFileSync(MINI, 'utf8')) as PlanDocument;
  const [a, b] = doc.initiatives as [PlanDocument['initiatives'][0], PlanDocument['initiatives'][0]];
  doc.initiatives = Array.from({ length: n }, (_, i) => {
    const base = i % 2 === 0 ? a : b;
    return {
      ...structuredClone(base),
      id: `${tag}-${i + 1}`,
      no: i + 1,
      title: `${base.title}(${tag} ${i + 1})`,
      purpose: `${base.purpose}${'目的の説明。'.repeat(40)}`,
      activity: `${base.activity}${'取組の内容。'.repeat(40)}`,
    };
  });
  return doc;
}
