// A form's draft of some stored value: follows the stored value when it changes (after a save or an
// undo elsewhere) unless the user has unsaved edits, which are kept; reports dirtiness to the guard.
import { useEffect, useRef, useState } from 'react';
import { sameValue } from '../../shared/editing/same-value.ts';
import { setUnsaved } from './unsaved-guard.ts';

export function useFormDraft<T>(key: string, stored: T): [T, (next: T | ((d: T) => T)) => void, boolean] {
  const [draft, setDraft] = useState(stored);
  const last = useRef(stored);
  useEffect(() => {
    const prev = last.current;
    last.current = stored;
    setDraft((d) => (sameValue(d, prev) ? stored : d));
  }, [stored]);
  const isDirty = !sameValue(draft, stored);
  useEffect(() => setUnsaved(key, isDirty), [key, isDirty]);
  useEffect(() => () => setUnsaved(key, false), [key]);
  return [draft, setDraft, isDirty];
}
