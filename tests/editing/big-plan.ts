// A plan of n initiatives made by cloning the mini plan's two (unique ids and No.), for scale tests.
import type { PlanDocument } from '../../shared/domain/document.ts';
import { miniPlan } from '../helpers.ts';

export function bigPlan(n: number): PlanDocument {
  const doc = miniPlan();
  const [a, b] = doc.initiatives as [PlanDocument['initiatives'][0], PlanDocument['initiatives'][0]];
  const initiatives = Array.from({ length: n }, (_, i) => {
    const src = i % 2 === 0 ? a : b;
    return { ...structuredClone(src), id: `big-${i + 1}`, no: i + 1, priority: i < n / 10, title: `${src.title} ${i + 1}` };
  });
  return { ...doc, initiatives };
}
