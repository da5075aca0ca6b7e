// Ctrl+Z / Ctrl+Y on a screen: take back (or re-apply) the latest saved change.
import { usePlan } from '../../app/plan-context.tsx';
import { useShortcut } from '../../components/use-shortcut.ts';
import { runUndo } from './undo-actions.ts';

export function useUndoShortcuts(enabled = true): void {
  const { reload } = usePlan();
  useShortcut('undo', () => void runUndo('undo', reload), enabled);
  useShortcut('redo', () => void runUndo('redo', reload), enabled);
}
