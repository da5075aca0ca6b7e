// The plan's editable settings with their version (for the header, 方針 and 課 forms), reloaded
// after each save so the next save carries the new version.
import { useCallback, useEffect, useState } from 'react';
import type { PlanForEdit } from '../../../shared/editing/api-types.ts';
import { api } from '../../api/client.ts';
import { usePlan } from '../../app/plan-context.tsx';

export function usePlanForEdit() {
  const { initiatives } = usePlan();
  const [data, setData] = useState<PlanForEdit | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    const r = await api.getPlanForEdit({});
    if (r.ok) setData(r.value);
    else setError(r.error.message);
    return r.ok ? r.value : null;
  }, []);
  useEffect(() => void load(), [load, initiatives]);
  return { data, error, load };
}
