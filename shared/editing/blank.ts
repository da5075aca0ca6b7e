// A new initiative's starting values: next No., 取組事項, the first 方針, nothing else filled.
import type { Initiative, Policy } from '../domain/schema.ts';
import { nextNo } from './numbering.ts';

/** A fresh id: letters the schema accepts, unique enough for one city's plan. */
export function newInitiativeId(now: Date = new Date(), random: () => number = Math.random): string {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `n-${stamp}-${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}

export function blankInitiative(items: readonly { no: number }[], policies: readonly Policy[], id = newInitiativeId()): Initiative {
  return {
    id, no: nextNo(items), priority: false, policy: policies[0]?.code ?? 1, isNew: true, isExpanded: false,
    title: '', departments: [], sourcePlans: [], purpose: '', activity: '', schedule: [], results: [],
  };
}
