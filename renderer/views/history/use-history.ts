// Loads a page of the audit trail (whole plan or one initiative) and reloads it after any undo/redo.
import { useCallback, useEffect, useState } from 'react';
import type { HistoryPage } from '../../../shared/editing/api-types.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';
import { runUndo } from './undo-actions.tsx';

export function useHistory(initiativeId?: string) {
  const { plan, initiatives, reload: reloadPlan } = usePlan();
  const [page, setPage] = useState<HistoryPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(async () => {
    const r = await api.listHistory(initiativeId ? { initiativeId, limit: 200 } : { limit: 200 });
    if (r.ok) {
      setPage(r.value);
      setError(null);
    } else setError(r.error.message);
  }, [initiativeId]);
  // Any save reloads the plan's initiatives: the history follows.
  useEffect(() => void load(), [load, initiatives]);
  useEffect(() => {
    const on = () => void load();
    window.addEventListener('plan-desk:history-changed', on);
    return () => window.removeEventListener('plan-desk:history-changed', on);
  }, [load]);
  const act = async (kind: 'undo' | 'redo', batchId?: number) => {
    setBusy(true);
    try {
      await runUndo(kind, reloadPlan, batchId);
    } finally {
      setBusy(false);
    }
  };
  // Viewing only (another terminal holds the plan) or an ended period: nothing to undo from here.
  const editable = plan?.readOnly !== true;
  return { page, error, busy, act, editable };
}
