// The shortcuts every screen (but the editors) shares: Ctrl+Z / Ctrl+Y take back or re-apply the
// latest saved change; Ctrl+F goes to the list's search box.
import { usePlan } from '../../app/plan-context.tsx';
import { navigate } from '../../app/router.ts';
import { useShortcut } from '../../components/use-shortcut.ts';
import { focusSearchRequest } from '../list/use-list-state.ts';
import { runUndo } from './undo-actions.ts';

export function useAppShortcuts(): void {
  const { reload } = usePlan();
  useShortcut('undo', () => void runUndo('undo', reload));
  useShortcut('redo', () => void runUndo('redo', reload));
  useShortcut('find', () => {
    focusSearchRequest.pending = true;
    navigate('list');
  });
}
