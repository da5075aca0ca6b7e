// What changed between two plan states, field by field (the audit entries of a batch), and the
// reversal of a batch: undo and redo both turn a batch's entries around and re-apply them.
import { sameValue } from './same-value.ts';
import {
  HEADER_FIELDS, INITIATIVE_FIELDS, isKnownField, valueOf, type FieldChange, type InitiativeState, type PlanState,
} from './plan-state.ts';

const stateOf = (s: PlanState, id: string): InitiativeState => {
  const x = s.initiatives.get(id);
  return x ? (x.deleted ? 'deleted' : 'live') : 'none';
};

export function diffStates(planId: number, before: PlanState, after: PlanState): FieldChange[] {
  const out: FieldChange[] = [];
  const pid = String(planId);
  for (const f of HEADER_FIELDS) {
    if (!sameValue(before.plan[f], after.plan[f])) out.push({ entity: 'plan', entityId: pid, field: f, oldValue: before.plan[f] ?? null, newValue: after.plan[f] ?? null });
  }
  if (!sameValue(before.policies, after.policies)) out.push({ entity: 'plan', entityId: pid, field: 'policies', oldValue: before.policies, newValue: after.policies });
  if (!sameValue(before.departments, after.departments)) {
    out.push({ entity: 'plan', entityId: pid, field: 'departments', oldValue: before.departments, newValue: after.departments });
  }
  const ids = new Set([...before.initiatives.keys(), ...after.initiatives.keys()]);
  for (const id of ids) {
    const a = before.initiatives.get(id)?.item;
    const b = after.initiatives.get(id)?.item;
    const from = stateOf(before, id);
    const to = stateOf(after, id);
    if (from !== to) out.push({ entity: 'initiative', entityId: id, field: 'state', oldValue: from, newValue: to });
    for (const f of INITIATIVE_FIELDS) {
      const o = a ? a[f] : null;
      const n = b ? b[f] : null;
      if (!sameValue(o, n)) out.push({ entity: 'initiative', entityId: id, field: f, oldValue: o, newValue: n });
    }
  }
  return out;
}

export interface ReversalTarget { entity: string; entityId: string; field: string; expected: unknown; value: unknown }
export interface ReversalConflict { entity: string; entityId: string; field: string; expected: unknown; current: unknown }

/**
 * The targets that take a batch back: each field returns to its old value, provided it still holds
 * the batch's new value. Several entries for one field collapse (first old, last new).
 */
export function reverseEntries(entries: readonly FieldChange[]): ReversalTarget[] {
  const byKey = new Map<string, ReversalTarget>();
  for (const e of entries) {
    const key = `${e.entity}\u0000${e.entityId}\u0000${e.field}`;
    const t = byKey.get(key);
    if (t) t.expected = e.newValue;
    else byKey.set(key, { entity: e.entity, entityId: e.entityId, field: e.field, expected: e.newValue, value: e.oldValue });
  }
  return [...byKey.values()];
}

/** Entries the generic path cannot take back (another feature's data), by `entity.field`. */
export function unknownFields(entries: readonly FieldChange[]): string[] {
  return [...new Set(entries.filter((e) => !isKnownField(e.entity, e.field)).map((e) => `${e.entity}.${e.field}`))];
}

/** Fields changed since the batch: their current value is not what the batch left. */
export function findConflicts(state: PlanState, targets: readonly ReversalTarget[]): ReversalConflict[] {
  const out: ReversalConflict[] = [];
  for (const t of targets) {
    const current = valueOf(state, t.entity, t.entityId, t.field);
    if (!sameValue(current, t.expected)) out.push({ entity: t.entity, entityId: t.entityId, field: t.field, expected: t.expected, current });
  }
  return out;
}
