// The audit trail's one equality rule: a field whose value only differs in key order (as a
// record read back from the store does) is not a change.
import { describe, expect, it } from 'vitest';
import { diffFields } from '../../electron/store/audit.ts';

describe('diffFields', () => {
  it('ignores object key order and records real changes', () => {
    const before = { edition: '2025年度改定版', revisionHistory: [{ kind: '改定', date: '2025-07-08', summary: ['①'] }] };
    const reordered = { edition: '2025年度改定版', revisionHistory: [{ summary: ['①'], date: '2025-07-08', kind: '改定' }] };
    expect(diffFields('plan', '1', before, reordered, ['edition', 'revisionHistory'])).toEqual([]);
    const changed = { ...reordered, edition: '2026年度改定版' };
    expect(diffFields('plan', '1', before, changed, ['edition', 'revisionHistory'])).toEqual([
      { entity: 'plan', entityId: '1', field: 'edition', oldValue: '2025年度改定版', newValue: '2026年度改定版' },
    ]);
  });
});
