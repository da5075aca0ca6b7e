// Moving an initiative to a place in its group: the ones in between shift by one, the group keeps
// its set of No., the other group is untouched.
import { describe, expect, it } from 'vitest';
import { moveChanges, moveToChanges } from '../../shared/editing/numbering.ts';

const items = [
  { id: 'a', no: 1, priority: true }, { id: 'b', no: 2, priority: true }, { id: 'c', no: 3, priority: true },
  { id: 'x', no: 4, priority: false }, { id: 'y', no: 6, priority: false },
];

describe('moveToChanges', () => {
  it('moves the third to the first place, shifting the two before it', () => {
    expect(moveToChanges(items, 'c', 1)).toEqual([{ id: 'c', from: 3, to: 1 }, { id: 'a', from: 1, to: 2 }, { id: 'b', from: 2, to: 3 }]);
  });
  it('moves down, keeps a gap in the numbers of its group, and leaves the other group', () => {
    expect(moveToChanges(items, 'x', 2)).toEqual([{ id: 'y', from: 6, to: 4 }, { id: 'x', from: 4, to: 6 }]);
    expect(moveToChanges(items, 'a', 3).map((c) => c.id).sort()).toEqual(['a', 'b', 'c']);
  });
  it('changes nothing for its own place, and clamps a place past the end', () => {
    expect(moveToChanges(items, 'b', 2)).toEqual([]);
    expect(moveToChanges(items, 'a', 99)).toEqual(moveToChanges(items, 'a', 3));
  });
  it('one step is the same as a swap with the neighbour', () => {
    expect(moveChanges(items, 'b', 1)).toEqual([{ id: 'c', from: 3, to: 2 }, { id: 'b', from: 2, to: 3 }]);
  });
});
