// Hash routes (#/list, #/initiative/<id>, …): work the same under app:// and the browser host.
import { useEffect, useState } from 'react';

export interface Route { view: string; param: string | null }

/** A malformed %-escape (typed or pasted by hand) is taken as it is, not thrown at the whole app. */
function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function parseHash(hash: string): Route {
  const [view, ...rest] = hash.replace(/^#\/?/, '').split('/');
  return { view: view || 'list', param: rest.length ? decoded(rest.join('/')) : null };
}

export function navigate(view: string, param?: string): void {
  location.hash = param ? `#/${view}/${encodeURIComponent(param)}` : `#/${view}`;
}

/**
 * Shows another route in place of this one (no new Back step), keeping the entry's state; the
 * hashchange is sent by hand since replaceState sends none.
 */
export function replaceRoute(view: string, param?: string): void {
  const oldURL = location.href;
  history.replaceState(history.state, '', param ? `#/${view}/${encodeURIComponent(param)}` : `#/${view}`);
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: location.href }));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
