// The initiatives the chosen 版 prints: the working copy's, or those of the last frozen revision
// (its snapshot, with the 要確認 marks it was frozen with), so the notice counts what is printed.
import { useEffect, useState } from 'react';
import type { Initiative } from '../../../shared/domain/schema.ts';
import { api } from '../../api/client.ts';

export function usePrintedInitiatives(working: readonly Initiative[], frozenLabel: string | null): readonly Initiative[] {
  const [frozen, setFrozen] = useState<{ label: string; items: Initiative[] } | null>(null);
  useEffect(() => {
    if (frozenLabel === null || frozen?.label === frozenLabel) return;
    let live = true;
    void api.getRevision({ label: frozenLabel }).then((r) => {
      if (live && r.ok) setFrozen({ label: frozenLabel, items: [...r.value.initiatives].sort((a, b) => a.no - b.no) });
    });
    return () => { live = false; };
  }, [frozenLabel, frozen?.label]);
  if (frozenLabel === null) return working;
  return frozen?.label === frozenLabel ? frozen.items : [];
}
