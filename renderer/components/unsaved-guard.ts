// Leaving with unsaved changes asks first: closing/reloading the window (beforeunload) and every
// in-app navigation (hash change: menu links, links, back button). Installed at import time, so
// this hashchange listener runs before the router's and can stop it.
const dirty = new Set<string>();

export const LEAVE_MESSAGE = '保存していない変更があります。変更を破棄して移動しますか?';

/** Marks (or clears) one form as holding unsaved changes; `key` names the form. */
export function setUnsaved(key: string, isDirty: boolean): void {
  if (isDirty) dirty.add(key);
  else dirty.delete(key);
}

export function hasUnsaved(): boolean {
  return dirty.size > 0;
}

/** For navigations the app starts itself: true when it may go on (the user agreed to discard). */
export function confirmLeave(): boolean {
  if (dirty.size === 0) return true;
  if (!window.confirm(LEAVE_MESSAGE)) return false;
  dirty.clear();
  return true;
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (e) => {
    if (dirty.size === 0) return;
    e.preventDefault();
    e.returnValue = LEAVE_MESSAGE;
  });
  window.addEventListener('hashchange', (e) => {
    if (dirty.size === 0) return;
    if (window.confirm(LEAVE_MESSAGE)) {
      dirty.clear();
      return;
    }
    e.stopImmediatePropagation();
    history.replaceState(history.state, '', e.oldURL);
  });
}
