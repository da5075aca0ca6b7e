import { describe, expect, it } from 'vitest';
import { applyChanges, cloneState, documentOfState, stateFromDocument, valueOf } from '../../shared/editing/plan-state.ts';
import { diffStates, findConflicts, reverseEntries, unknownFields } from '../../shared/editing/state-diff.ts';
import { sameValue, stableJson } from '../../shared/editing/same-value.ts';
import { miniPlan } from '../helpers.ts';

describe('sameValue', () => {
  it('ignores key order but not values', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue(null, undefined)).toBe(true);
    expect(stableJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});

describe('diff and reversal', () => {
  it('records a field edit and takes it back exactly', () => {
    const before = stateFromDocument(miniPlan());
    const after = cloneState(before);
    const x = after.initiatives.get('t-01')!;
    x.item = { ...x.item, title: '新しい題名', schedule: [{ label: '運用', from: 2024, to: 2026, lane: 0 }] };
    const changes = diffStates(1, before, after);
    expect(changes.map((c) => c.field)).toEqual(['title', 'schedule']);
    const targets = reverseEntries(changes);
    expect(findConflicts(after, targets)).toEqual([]);
    const back = cloneState(after);
    applyChanges(back, targets);
    expect(sameValue(documentOfState(back), documentOfState(before))).toBe(true);
  });

  it('sees a conflict when the field changed since', () => {
    const before = stateFromDocument(miniPlan());
    const after = cloneState(before);
    after.initiatives.get('t-01')!.item.title = '一度目';
    const targets = reverseEntries(diffStates(1, before, after));
    const later = cloneState(after);
    later.initiatives.get('t-01')!.item.title = '二度目';
    const c = findConflicts(later, targets);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ entityId: 't-01', field: 'title', expected: '一度目', current: '二度目' });
  });

  it('takes back a creation (state none) and re-creates it from the undo entries', () => {
    const before = stateFromDocument(miniPlan());
    const after = cloneState(before);
    const item = { ...structuredClone(before.initiatives.get('t-02')!.item), id: 'new-1', no: 3 };
    after.initiatives.set('new-1', { deleted: false, item });
    const created = diffStates(1, before, after);
    expect(created.find((c) => c.field === 'state')).toMatchObject({ oldValue: 'none', newValue: 'live' });
    const undone = cloneState(after);
    applyChanges(undone, reverseEntries(created));
    expect(valueOf(undone, 'initiative', 'new-1', 'state')).toBe('none');
    const undoEntries = diffStates(1, after, undone);
    const redone = cloneState(undone);
    applyChanges(redone, reverseEntries(undoEntries));
    expect(redone.initiatives.get('new-1')!.item).toEqual(item);
  });

  it('collapses several entries for one field (first old, last new)', () => {
    const t = reverseEntries([
      { entity: 'plan', entityId: '1', field: 'title', oldValue: 'A', newValue: 'B' },
      { entity: 'plan', entityId: '1', field: 'title', oldValue: 'B', newValue: 'C' },
    ]);
    expect(t).toEqual([{ entity: 'plan', entityId: '1', field: 'title', expected: 'C', value: 'A' }]);
  });

  it('names fields it cannot take back', () => {
    expect(unknownFields([{ entity: 'revision', entityId: '3', field: 'frozen', oldValue: null, newValue: 1 }, { entity: 'plan', entityId: '1', field: 'notes', oldValue: [], newValue: [] }]))
      .toEqual(['revision.frozen']);
  });
});
