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

/**
 * Each history entry of the app carries its place (`planDeskAt`), so that a refused navigation can
 * be undone by moving back to the entry the user left — not by rewriting the entry they arrived at,
 * which left two copies of the editor's entry and made the next Back seem to do nothing.
 */
const AT = 'planDeskAt';
let at = 0;
let restoring = false;

function placeOf(state: unknown): number | undefined {
  const v = (state as Record<string, unknown> | null)?.[AT];
  return typeof v === 'number' ? v : undefined;
}

function stamp(place: number): void {
  at = place;
  history.replaceState({ ...(history.state as object | null), [AT]: place }, '');
}

if (typeof window !== 'undefined') {
  stamp(placeOf(history.state) ?? 0);
  window.addEventListener('beforeunload', (e) => {
    if (dirty.size === 0) return;
    e.preventDefault();
    e.returnValue = LEAVE_MESSAGE;
  });
  window.addEventListener('hashchange', (e) => {
    const place = placeOf(history.state);
    if (restoring) {
      // The step back to the entry the user stayed on: the screen never changed, nothing to route.
      restoring = false;
      e.stopImmediatePropagation();
      if (place !== undefined) at = place;
      return;
    }
    if (dirty.size > 0 && !window.confirm(LEAVE_MESSAGE)) {
      e.stopImmediatePropagation();
      if (place === at) {
        // An entry replaced in place (replaceRoute): put its address back.
        history.replaceState(history.state, '', e.oldURL);
        return;
      }
      restoring = true;
      setTimeout(() => { restoring = false; }, 1000); // in case the browser had nowhere to go
      if (place === undefined) history.back(); // a new entry (link, menu): step back off it
      else history.go(at - place); // Back or Forward through existing entries: go where we were
      return;
    }
    if (dirty.size > 0) dirty.clear();
    stamp(place ?? at + 1);
  });
}
