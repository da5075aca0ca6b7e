// React side of keyboard.ts: a view registers a shortcut while it is shown.
import { useEffect, useRef } from 'react';
import { registerShortcut, type ShortcutKey } from './keyboard.ts';

export function useShortcut(key: ShortcutKey, handler: () => void, enabled = true): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => (enabled ? registerShortcut(key, () => ref.current()) : undefined), [key, enabled]);
}
