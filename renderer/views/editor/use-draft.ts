// The editor's state: the stored record (with its version) and the draft being edited, whether
// they differ (unsaved), and the unsaved-changes guard that follows that flag.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { InitiativeView } from '../../../shared/api/contract.ts';
import type { Initiative } from '../../../shared/domain/schema.ts';
import { blankInitiative } from '../../../shared/editing/blank.ts';
import { sameValue } from '../../../shared/editing/same-value.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { setUnsaved } from '../../components/unsaved-guard.ts';

export const withoutVersion = ({ version: _v, ...it }: InitiativeView): Initiative => it;

export function useDraft(id: string | null) {
  const { plan, initiatives } = usePlan();
  const [base, setBase] = useState<InitiativeView | null>(null);
  const [start, setStart] = useState<Initiative | null>(null);
  const [draft, setDraft] = useState<Initiative | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const adopt = useCallback((stored: InitiativeView) => {
    setBase(stored);
    setStart(withoutVersion(stored));
    setDraft(withoutVersion(stored));
  }, []);

  /** Reads the stored record again (after a save, an undo, or to discard the draft). */
  const refetch = useCallback(async (which: string) => {
    const r = await api.getInitiative({ id: which });
    if (r.ok) adopt(r.value);
    else setLoadError(r.error.message);
    return r.ok ? r.value : null;
  }, [adopt]);

  useEffect(() => {
    setLoadError(null);
    if (id) void refetch(id);
    else if (plan) {
      const b = blankInitiative(initiatives, plan.policies);
      setBase(null);
      setStart(b);
      setDraft(b);
    }
    // Only a new id (or 新規) starts over: later plan reloads must not reset a draft.
  }, [id]);

  const dirty = useMemo(() => draft !== null && start !== null && !sameValue(draft, start), [draft, start]);
  useEffect(() => setUnsaved('initiative-editor', dirty), [dirty]);
  useEffect(() => () => setUnsaved('initiative-editor', false), []);

  const update = useCallback((patch: Partial<Initiative>) => setDraft((d) => (d ? { ...d, ...patch } : d)), []);
  return { base, draft, dirty, loadError, update, adopt, refetch, setDraft };
}
