// The shortcuts every screen (but the editors) shares: Ctrl+Z / Ctrl+Y take back or re-apply the
// latest saved change, after a confirmation that names it; Ctrl+F goes to the list's search box.
import { usePlan } from '../../app/plan-context.tsx';
import { navigate } from '../../app/router.ts';
import { useShortcut } from '../../components/use-shortcut.ts';
import { focusSearchRequest } from '../list/use-list-state.ts';
import { confirmAndUndo } from './undo-actions.tsx';

export function useAppShortcuts(): void {
  const { reload } = usePlan();
  useShortcut('undo', () => void confirmAndUndo('undo', reload));
  useShortcut('redo', () => void confirmAndUndo('redo', reload));
  useShortcut('find', () => {
    focusSearchRequest.pending = true;
    navigate('list');
  });
}
