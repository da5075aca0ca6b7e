// Leaving with unsaved changes asks first: closing/reloading the window (beforeunload) and every
// in-app navigation (hash change: menu links, links, back button). Installed at import time, so
// this hashchange listener runs before the router's and can stop it.
let dirtyReason: string | null = null;

export const LEAVE_MESSAGE = '保存していない変更があります。変更を破棄して移動しますか?';

export function setUnsaved(reason: string | null): void {
  dirtyReason = reason;
}

export function hasUnsaved(): boolean {
  return dirtyReason !== null;
}

/** For navigations the app starts itself: true when it may go on. */
export function confirmLeave(): boolean {
  if (dirtyReason === null) return true;
  if (!window.confirm(LEAVE_MESSAGE)) return false;
  dirtyReason = null;
  return true;
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (e) => {
    if (dirtyReason === null) return;
    e.preventDefault();
    e.returnValue = LEAVE_MESSAGE;
  });
  window.addEventListener('hashchange', (e) => {
    if (dirtyReason === null) return;
    if (window.confirm(LEAVE_MESSAGE)) {
      dirtyReason = null;
      return;
    }
    e.stopImmediatePropagation();
    history.replaceState(history.state, '', e.oldURL);
  });
}
