// The current plan and its initiatives, loaded once and reloaded after saves.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { InitiativeView, PlanView } from '../../shared/api/contract.ts';
import { api } from '../api/client.ts';

interface PlanState {
  plan: PlanView | null;
  initiatives: InitiativeView[];
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
}

const Ctx = createContext<PlanState | null>(null);

export function PlanProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<Omit<PlanState, 'reload'>>({ plan: null, initiatives: [], error: null, loading: true });
  const reload = useCallback(async () => {
    const [p, list] = await Promise.all([api.getPlan({}), api.listInitiatives({})]);
    if (!p.ok) return setState((s) => ({ ...s, loading: false, error: p.error.message }));
    if (!list.ok) return setState((s) => ({ ...s, loading: false, error: list.error.message }));
    setState({ plan: p.value, initiatives: list.value, error: null, loading: false });
  }, []);
  useEffect(() => void reload(), [reload]);
  return <Ctx.Provider value={{ ...state, reload }}>{children}</Ctx.Provider>;
}

export function usePlan(): PlanState {
  const v = useContext(Ctx);
  if (!v) throw new Error('usePlan outside PlanProvider');
  return v;
}
