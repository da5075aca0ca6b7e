// Keyboard plumbing for the whole app: one keydown listener for shortcuts (Ctrl+S/Z/Y/F), and the
// IME state, so that nothing is saved or submitted while a Japanese conversion is being composed.

let composing = false;
if (typeof document !== 'undefined') {
  document.addEventListener('compositionstart', () => { composing = true; }, true);
  document.addEventListener('compositionend', () => { composing = false; }, true);
  // A lost focus can swallow compositionend; a fresh focus starts clean.
  document.addEventListener('focusin', () => { composing = false; }, true);
}

/** True while an IME conversion is open: the Enter that confirms it must not act. */
export function isComposing(e?: { isComposing?: boolean; keyCode?: number; nativeEvent?: { isComposing?: boolean } }): boolean {
  return composing || e?.isComposing === true || e?.nativeEvent?.isComposing === true || e?.keyCode === 229;
}

export type ShortcutKey = 'save' | 'undo' | 'redo' | 'find';
type Handler = () => void;

const handlers = new Map<ShortcutKey, Handler[]>();

function keyOf(e: KeyboardEvent): ShortcutKey | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === 's') return 'save';
  if (k === 'f') return 'find';
  if (k === 'y' || (k === 'z' && e.shiftKey)) return 'redo';
  if (k === 'z') return 'undo';
  return null;
}

/** In a text field Ctrl+Z/Y undo typing (the browser's own); elsewhere they undo saved changes. */
function inTextField(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable || t instanceof HTMLTextAreaElement) return true;
  return t instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(t.type);
}

if (typeof window !== 'undefined') {
  window.addEventListener('keydown', (e) => {
    const key = keyOf(e);
    if (!key || isComposing(e)) return;
    if ((key === 'undo' || key === 'redo') && inTextField(e.target)) return;
    const list = handlers.get(key);
    const h = list?.[list.length - 1];
    if (!h) return;
    e.preventDefault();
    h();
  });
}

/** Registers a handler; the latest registration of a key wins. Returns the unregister function. */
export function registerShortcut(key: ShortcutKey, h: Handler): () => void {
  const list = handlers.get(key) ?? [];
  list.push(h);
  handlers.set(key, list);
  return () => {
    const l = handlers.get(key) ?? [];
    const i = l.lastIndexOf(h);
    if (i >= 0) l.splice(i, 1);
  };
}
